package io.examday.harness.report;

import java.util.List;

/**
 * One chart over time, as the page's script draws it.
 *
 * @param limit the threshold drawn as a dashed line, in the chart's unit; null for none
 * @param band  a stretch of time to shade and label; null for none
 */
record Chart(String id, String title, String unit, Double limit, List<Line> series, Band band) {

    Chart(String id, String title, String unit, Double limit, List<Line> series) {
        this(id, title, unit, limit, series, null);
    }

    /** A stretch of time in epoch milliseconds, such as the worst window of a budget judged window by window. */
    record Band(String label, long from, long to) {}

    /** One line: points are {@code [epochMillis, value]}. */
    record Line(String name, List<double[]> points) {}
}
