package io.examday.harness.gate;

import java.util.Locale;

/** How a figure is written for people. Shares are held as fractions and written as percentages. */
public enum Unit {
    MILLIS, SHARE, COUNT, NUMBER;

    public String format(double value) {
        return switch (this) {
            case MILLIS -> String.format(Locale.ROOT, value < 10 ? "%.1f ms" : "%,.0f ms", value);
            case SHARE -> percent(value * 100) + "%";
            case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
            case NUMBER -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    /** One decimal, or enough to show that a small share (2 failures in 60,000) is not zero. */
    private static String percent(double percent) {
        if (percent == 0 || Math.abs(percent) >= 0.1) {
            return String.format(Locale.ROOT, "%.1f", percent);
        }
        return String.format(Locale.ROOT, "%.2g", percent);
    }

    /** How far a figure missed its limit: percentage points for shares, a relative excess for everything else. */
    public String gap(double measured, double limit) {
        double by = Math.abs(measured - limit);
        String side = measured > limit ? "over" : "under";
        if (this == SHARE) {
            return percent(by * 100) + " percentage points " + side;
        }
        if (limit == 0) {
            return format(by) + " " + side;
        }
        return String.format(Locale.ROOT, "%.0f%% %s", by / Math.abs(limit) * 100, side);
    }
}
