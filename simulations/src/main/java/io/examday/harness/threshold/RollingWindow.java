package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The length of a rolling window, written as a duration in whole seconds and at least 10 s, so that a few 2 s
 * samples cannot make a window's figure on their own.
 */
public record RollingWindow(Millis length) {

    public RollingWindow {
        if (length.value() < 10_000) {
            throw new IllegalArgumentException("a rolling window of " + length + " is shorter than 10s: a few samples would"
                    + " make its figure on their own");
        }
        if (length.value() % 1_000 != 0) {
            throw new IllegalArgumentException("a rolling window must be whole seconds, not " + length);
        }
    }

    @JsonCreator
    public static RollingWindow parse(String text) {
        return new RollingWindow(Millis.parse(text));
    }

    public long millis() {
        return length.value();
    }

    public long seconds() {
        return length.value() / 1_000;
    }

    @JsonValue
    @Override
    public String toString() {
        return seconds() + "s";
    }
}
