package io.examday.harness.run;

import java.util.List;

/**
 * How much counters grew over a stretch of scrapes: the difference between the first and the last scrape, read
 * the way Prometheus' {@code increase()} does, so a portal restart (a counter dropping) does not swallow the count.
 */
public final class Counters {

    private Counters() {}

    /** The summed growth of the given series over the given scrapes (in time order). */
    public static double increase(ServerHistory history, List<Integer> rows, List<Integer> columns) {
        double total = 0;
        for (int column : columns) {
            total += increase(history, rows, column);
        }
        return total;
    }

    private static double increase(ServerHistory history, List<Integer> rows, int column) {
        double total = 0;
        double previous = Double.NaN;
        for (int i = 0; i < rows.size(); i++) {
            double value = history.value(rows.get(i), column);
            if (Double.isNaN(value)) {
                continue;
            }
            if (Double.isNaN(previous)) {
                // Micrometer registers a series on first use: one first seen after the stretch began was born inside it.
                total += i == 0 ? 0 : value;
            } else {
                total += value >= previous ? value - previous : value; // a drop is a restart from zero
            }
            previous = value;
        }
        return total;
    }
}
