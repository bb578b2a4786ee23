package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A share written as a percentage ({@code 85%}); kept as a fraction 0..1. Bare numbers are refused: is 0.85 85 % or 0.85 %? */
public record Percent(double fraction) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");

    public Percent {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("a percentage must lie between 0% and 100%");
        }
    }

    @JsonCreator
    public static Percent parse(String text) {
        Matcher m = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a percentage: write it with a % sign, e.g. 85%");
        }
        return new Percent(Double.parseDouble(m.group(1)) / 100);
    }

    public double percent() {
        return fraction * 100;
    }

    @JsonValue
    @Override
    public String toString() {
        return withoutTrailingZeros(percent()) + "%";
    }

    /** A number as written in a threshold file: {@code 95} rather than {@code 95.0}, {@code 92.5} as it is. */
    public static String withoutTrailingZeros(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
