package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CPU of the system under test (the portal, PostgreSQL and Redis together) as a share of all the machine's cores,
 * judged as its highest average over any rolling window of the whole run.
 *
 * @param rollingWindow the length of the window the average is taken over; at least 10 s, so one 2 s sample
 *                      cannot make the figure on its own
 * @param peakBelow     the highest rolling average must stay strictly below this
 */
public record Cpu(
        @JsonProperty(required = true) Millis rollingWindow,
        @JsonProperty(required = true) Percent peakBelow) {

    public Cpu {
        if (rollingWindow != null && rollingWindow.value() < 10_000) {
            throw new IllegalArgumentException("rollingWindow " + rollingWindow + " is shorter than 10s: a few samples"
                    + " would make the figure on their own");
        }
        if (rollingWindow != null && rollingWindow.value() % 1_000 != 0) {
            throw new IllegalArgumentException("rollingWindow " + rollingWindow + " must be whole seconds (it names the check)");
        }
    }

    /** The check's id names its window: {@code cpu.peak-60s}. */
    public String checkId() {
        return "cpu.peak-" + rollingWindow.value() / 1_000 + "s";
    }
}
