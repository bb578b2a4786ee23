package io.examday.harness.gate;

/** What a check is for, which decides how it weighs in the verdict. */
public enum Role {
    /** Whether the measurements can be trusted at all (recording present, server sampled). */
    MEASUREMENT,
    /**
     * Whether the client's own clock readings can be trusted: an injector that sent its requests late, or two
     * instruments that disagree. When one of these is in doubt, a response time the client measured is too.
     */
    TIMING,
    /** Whether the injector delivered the load the scenario promised. */
    DELIVERY,
    /** A threshold from the threshold file. */
    THRESHOLD
}
