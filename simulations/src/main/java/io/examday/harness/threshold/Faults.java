package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A chaos run's rules ({@code faults:}, thresholds/chaos.yaml): each fault's window runs from its injection to its
 * recovery plus {@code windowAfterRecovery} (requests sent before the recovery and answered after it); failed
 * requests outside every window are the portal's own, and judged.
 *
 * @param windowAfterRecovery        how long after a fault's recovery its failures still count as its own
 * @param recoveryWithin             the longest a fault may take from injection to the portal's recovery (health UP
 *                                   and a candidate's sign-in and exam list answering)
 * @param failedOutsideWindowsAtMost failed requests allowed outside every fault's window
 */
public record Faults(
        @JsonProperty(required = true) Millis windowAfterRecovery,
        @JsonProperty(required = true) Millis recoveryWithin,
        @JsonProperty(required = true) long failedOutsideWindowsAtMost) {

    public Faults {
        if (failedOutsideWindowsAtMost < 0) {
            throw new IllegalArgumentException("failedOutsideWindowsAtMost cannot be negative");
        }
    }
}
