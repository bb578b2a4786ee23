package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The width of the tumbling windows a percentile is judged in ({@code 60s}). Whole seconds only: the latency log
 * holds one interval a second, so a window of whole seconds holds whole intervals and its percentile is exact.
 */
public record WindowWidth(long millis) {

    public WindowWidth {
        if (millis < 1_000 || millis % 1_000 != 0) {
            throw new IllegalArgumentException("a window must be a whole number of seconds, at least 1s: the latency log"
                    + " records one interval a second");
        }
    }

    @JsonCreator
    public static WindowWidth parse(String text) {
        return new WindowWidth(Millis.parse(text).value());
    }

    /** {@code 60 s}, {@code 15 min}: for check targets and notes. */
    public String words() {
        return millis >= 600_000 && millis % 60_000 == 0 ? millis / 60_000 + " min" : millis / 1_000 + " s";
    }

    @JsonValue
    @Override
    public String toString() {
        return millis / 1_000 + "s";
    }
}
