package io.examday.harness.gate;

/** What a check is for, which decides how it weighs in the verdict. */
public enum Role {
    /** Whether the measurements can be trusted at all (recording present, server sampled, injector not saturated). */
    MEASUREMENT,
    /** Whether the injector delivered the load the scenario promised. */
    DELIVERY,
    /** A threshold from the threshold file. */
    THRESHOLD
}
