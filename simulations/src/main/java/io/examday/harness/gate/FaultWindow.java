package io.examday.harness.gate;

import io.examday.harness.run.InjectedFault;

/**
 * The stretch of a run a fault accounts for, in epoch milliseconds: from its injection to its recovery plus the
 * threshold file's margin (requests sent before the recovery and answered after it), or to the run's end when it
 * never recovered.
 */
public record FaultWindow(InjectedFault fault, long from, long to) {

    public static FaultWindow of(InjectedFault fault, long afterRecoveryMillis, long runEnd) {
        long to = fault.recoveredAt().isPresent() ? fault.recoveredAt().getAsLong() + afterRecoveryMillis : Math.max(runEnd, fault.injectedAt());
        return new FaultWindow(fault, fault.injectedAt(), to);
    }

    /** Whether a timeline row, which counts the second before its instant, falls in this window. */
    public boolean holdsSecondEndingAt(long epochMillis) {
        return epochMillis > from && epochMillis - 1_000 < to;
    }
}
