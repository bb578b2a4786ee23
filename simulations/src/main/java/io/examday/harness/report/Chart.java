package io.examday.harness.report;

import java.util.List;

/**
 * One chart over time, as the page's script draws it.
 *
 * @param limit the threshold drawn as a dashed line, in the chart's unit; null for none
 * @param worst a stretch the gate judged worst, shaded and labelled on the chart; null for none
 * @param faults a chaos run's faults, each from injection to recovery, shaded and labelled; empty for none
 */
record Chart(String id, String title, String unit, Double limit, List<Line> series, Mark worst, List<Mark> faults) {

    Chart(String id, String title, String unit, Double limit, List<Line> series) {
        this(id, title, unit, limit, series, null);
    }

    Chart(String id, String title, String unit, Double limit, List<Line> series, Mark worst) {
        this(id, title, unit, limit, series, worst, List.of());
    }

    /** The same chart with a chaos run's faults marked on it. */
    Chart withFaults(List<Mark> marks) {
        return new Chart(id, title, unit, limit, series, worst, marks);
    }

    /** One line: points are {@code [epochMillis, value]}. */
    record Line(String name, List<double[]> points) {}

    /** A marked stretch of the run, in epoch milliseconds. */
    record Mark(long from, long to, String label) {}
}
