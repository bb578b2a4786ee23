package io.examday.harness.report;

import io.examday.harness.gate.Check;
import io.examday.harness.gate.Verdict;
import io.examday.harness.run.CacheLookups;
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
import java.util.stream.IntStream;

/** The report's charts over time: load and errors from the timeline, p95 from the latency log, the rest from the server. */
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
        charts.add(LatencyChart.of(run, verdict.flatMap(v -> check(v, "latency.p95"))));
        charts.add(new Chart("errors", "Failed requests per second", "failed/s", null,
                List.of(new Chart.Line("failed/s", perStep(rows, step, r -> r.failures(), v -> sum(v) / (step / 1000.0))))));
        ServerSteps server = new ServerSteps(run);
        charts.add(new Chart("cpu", "CPU, share of the machine", "%", limit(verdict, "portal-cpu", 100),
                List.of(new Chart.Line("portal", server.points((f, pair) -> f.portalCpu(pair).map(c -> c.share() * 100))),
                        new Chart.Line("injector", perStep(rows.stream().filter(r -> !Double.isNaN(r.injectorCpu())).toList(),
                                step, r -> r.injectorCpu() * 100, Charts::max)))));
        charts.add(new Chart("cache", "Cache hit rate by layer", "%", limit(verdict, "cache.hit-rate", 100), cacheLayers(run, server)));
        charts.add(new Chart("statements", "SQL statements per request (mean)", "statements", limit(verdict, "statements.mean", 1),
                List.of(new Chart.Line("mean", server.points((f, pair) -> f.statements(pair, ANY_BOUND).map(ServerFigures.Statements::mean))))));
        return charts;
    }

    /** One line per cache layer the portal reported over the run. */
    private static List<Chart.Line> cacheLayers(Run run, ServerSteps server) {
        List<Integer> all = IntStream.range(0, run.server().size()).boxed().toList();
        return CacheLookups.of(run.server(), all).layers().stream()
                .map(layer -> new Chart.Line(CacheLookups.layerWord(layer),
                        server.points((f, pair) -> boxed(f.cacheLookups(pair).layer(layer).hitRate()).map(v -> v * 100))))
                .toList();
    }

    private static Double limit(Optional<Verdict> verdict, String id, double scale) {
        return verdict.flatMap(v -> check(v, id)).map(Check::limitValue).map(l -> l * scale).orElse(null);
    }

    private static Optional<Check> check(Verdict verdict, String id) {
        return verdict.checks().stream().filter(c -> c.id().equals(id)).findFirst();
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
