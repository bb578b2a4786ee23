package io.examday.harness.report;

import io.examday.harness.gate.Check;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.LatencyWindows;
import io.examday.harness.run.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The p95 chart: all requests per chart step, and where the latency check was judged window by window, the p95 of
 * every window it judged (a flat segment per window) with the worst window shaded.
 */
final class LatencyChart {

    private LatencyChart() {}

    static Chart of(Run run, Optional<Check> p95Check) {
        List<Chart.Line> lines = new ArrayList<>();
        lines.add(new Chart.Line("p95", run.latency().map(LatencyChart::steps).orElse(List.of())));
        Optional<Check.Windowed> windowed = p95Check.map(Check::windowed);
        Chart.Mark worst = null;
        if (windowed.isPresent() && run.latency().isPresent()) {
            Check.Windowed w = windowed.get();
            LatencyWindows windows = run.latency().get().windows(run.span(p95Check.get().window()), w.everyMillis());
            lines.add(new Chart.Line("p95 per " + w.everyMillis() / 1000 + " s window", judged(windows, w.minRequests())));
            if (w.worstFrom() != null) {
                worst = new Chart.Mark(w.worstFrom().toEpochMilli(), w.worstTo().toEpochMilli(),
                        "worst window: " + p95Check.get().measured());
            }
        }
        return new Chart("latency", "p95 response time", "ms", p95Check.map(Check::limitValue).orElse(null), lines, worst);
    }

    private static List<double[]> steps(LatencyLog log) {
        return log.p95Steps().stream().map(p -> new double[] {p.epochMillis(), p.p95Ms()}).toList();
    }

    /** Each judged window as a flat segment from its start to its end. */
    private static List<double[]> judged(LatencyWindows windows, int minRequests) {
        List<double[]> points = new ArrayList<>();
        for (LatencyWindows.Slice s : windows.all()) {
            if (s.count() >= minRequests) {
                points.add(new double[] {s.from(), s.p95Ms()});
                points.add(new double[] {s.to() - 1, s.p95Ms()});
            }
        }
        return points;
    }
}
