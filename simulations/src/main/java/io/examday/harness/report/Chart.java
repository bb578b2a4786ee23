package io.examday.harness.report;

import java.util.List;

/**
 * One chart over time, as the page's script draws it.
 *
 * @param limit the threshold drawn as a dashed line, in the chart's unit; null for none
 */
record Chart(String id, String title, String unit, Double limit, List<Line> series) {

    /** One line: points are {@code [epochMillis, value]}. */
    record Line(String name, List<double[]> points) {}
}
