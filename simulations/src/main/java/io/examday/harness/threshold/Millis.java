package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration written with its unit ({@code 300ms}, {@code 1.5s}); bare numbers are refused so nobody guesses the unit. */
public record Millis(long value) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    public Millis {
        if (value < 0) {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
    }

    @JsonCreator
    public static Millis parse(String text) {
        Matcher m = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write it with a unit, e.g. 300ms, 2s, 5m, 2h");
        }
        double amount = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1_000;
            case "m" -> amount * 60_000;
            default -> amount * 3_600_000;
        };
        if (millis != Math.rint(millis)) {
            throw new IllegalArgumentException("'" + text + "' is finer than a millisecond");
        }
        return new Millis((long) millis);
    }

    @JsonValue
    @Override
    public String toString() {
        return value + "ms";
    }
}
