package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CPU of the system under test (the portal, PostgreSQL and Redis together) as a share of all the machine's cores,
 * judged as its highest average over any rolling window of the whole run.
 *
 * @param rollingWindow the length of the window the average is taken over
 * @param peakBelow     the highest rolling average must stay strictly below this
 */
public record Cpu(
        @JsonProperty(required = true) RollingWindow rollingWindow,
        @JsonProperty(required = true) Percent peakBelow) {

    /** The check's id names its window: {@code cpu.peak-60s}. */
    public String checkId() {
        return "cpu.peak-" + rollingWindow.seconds() + "s";
    }
}
