package io.examday.harness.report;

import io.examday.harness.gate.Check;
import io.examday.harness.gate.Verdict;
import io.examday.harness.run.LagLog;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.run.RunFolder;
import io.examday.harness.run.ServerFigures;
import io.examday.harness.run.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The report's charts over time: load, errors and CPU from the timeline, p95 from the latency log, the injector's
 * lateness from the lag log, the rest from the server.
 */
final class Charts {

    /** The chart draws the mean, which does not depend on the bucket bound the share would be read at. */
    private static final int ANY_BOUND = 10;

    private Charts() {}

    static List<Chart> of(Run run, Optional<Verdict> verdict) {
        long step = RunFolder.chartStepMillis(run.whole());
        List<Timeline.Row> rows = run.timeline().map(Timeline::rows).orElse(List.of());
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("users", "Active candidates", "", null,
                List.of(new Chart.Line("active", perStep(rows, step, r -> r.activeUsers(), Charts::max)))));
        charts.add(new Chart("throughput", "Requests per second", "req/s", null,
                List.of(new Chart.Line("requests/s", perStep(rows, step, r -> r.requests(), v -> sum(v) / (step / 1000.0))))));
        charts.add(new Chart("latency", "p95 response time", "ms", limit(verdict, "latency.p95", 1),
                List.of(new Chart.Line("p95", run.latency().map(Charts::p95).orElse(List.of())))));
        charts.add(new Chart("lag", "Injector schedule lag", "ms", limit(verdict, "delivery.schedule-lag", 1),
                run.lag().map(Charts::lag).orElse(List.of())));
        charts.add(new Chart("errors", "Failed requests per second", "failed/s", null,
                List.of(new Chart.Line("failed/s", perStep(rows, step, r -> r.failures(), v -> sum(v) / (step / 1000.0))))));
        ServerSteps server = new ServerSteps(run);
        charts.add(new Chart("cpu", "CPU, share of the machine", "%", limit(verdict, "portal-cpu", 100),
                List.of(new Chart.Line("portal", server.points((f, pair) -> f.portalCpu(pair).map(c -> c.share() * 100))),
                        new Chart.Line("injector", perStep(rows.stream().filter(r -> !Double.isNaN(r.injectorCpu())).toList(),
                                step, r -> r.injectorCpu() * 100, Charts::max)),
                        new Chart.Line("machine", perStep(rows.stream().filter(r -> !Double.isNaN(r.systemCpu())).toList(),
                                step, r -> r.systemCpu() * 100, Charts::max)))));
        charts.add(new Chart("cache", "Cache hit rate", "%", limit(verdict, "cache.hit-rate", 100),
                List.of(new Chart.Line("hit rate", server.points((f, pair) -> boxed(f.cacheHitRate(pair)).map(v -> v * 100))))));
        charts.add(new Chart("statements", "SQL statements per request (mean)", "statements", limit(verdict, "statements.mean", 1),
                List.of(new Chart.Line("mean", server.points((f, pair) -> f.statements(pair, ANY_BOUND).map(ServerFigures.Statements::mean))))));
        return charts;
    }

    private static List<double[]> p95(LatencyLog log) {
        return log.p95Steps().stream().map(p -> new double[] {p.epochMillis(), p.p95Ms()}).toList();
    }

    private static List<Chart.Line> lag(LagLog log) {
        return List.of(
                new Chart.Line("p50", log.steps().stream().map(p -> new double[] {p.epochMillis(), p.p50Ms()}).toList()),
                new Chart.Line("p99", log.steps().stream().map(p -> new double[] {p.epochMillis(), p.p99Ms()}).toList()),
                new Chart.Line("max", log.steps().stream().map(p -> new double[] {p.epochMillis(), p.maxMs()}).toList()));
    }

    private static Double limit(Optional<Verdict> verdict, String id, double scale) {
        return verdict.flatMap(v -> v.checks().stream().filter(c -> c.id().equals(id)).findFirst())
                .map(Check::limitValue).map(l -> l * scale).orElse(null);
    }

    /** Timeline rows folded into chart steps. */
    private static List<double[]> perStep(List<Timeline.Row> rows, long step, ToDoubleFunction<Timeline.Row> value,
                                          Function<List<Double>, Double> fold) {
        if (rows.isEmpty()) {
            return List.of();
        }
        long origin = rows.getFirst().epochMillis();
        Map<Long, List<Double>> steps = new TreeMap<>();
        for (Timeline.Row r : rows) {
            steps.computeIfAbsent(origin + Math.floorDiv(r.epochMillis() - origin, step) * step, k -> new ArrayList<>())
                    .add(value.applyAsDouble(r));
        }
        return steps.entrySet().stream().map(e -> new double[] {e.getKey(), fold.apply(e.getValue())}).toList();
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static Optional<Double> boxed(OptionalDouble v) {
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }
}
