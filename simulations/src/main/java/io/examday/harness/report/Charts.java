package io.examday.harness.report;

import io.examday.harness.gate.Check;
import io.examday.harness.gate.Verdict;
import io.examday.harness.run.CacheLookups;
import io.examday.harness.run.LagLog;
import io.examday.harness.run.PortalGauges;
import io.examday.harness.run.Run;
import io.examday.harness.run.RunFolder;
import io.examday.harness.run.ServerFigures;
import io.examday.harness.run.SystemCpu;
import io.examday.harness.run.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The report's charts over time: load, errors and CPU from the timeline, p95 from the latency log, the injector's
 * lateness from the lag log, the rest from the server.
 */
final class Charts {

    /** The chart draws the mean, which does not depend on the bucket bound the share would be read at. */
    private static final int ANY_BOUND = 10;
    private static final String CPU_PEAK = "cpu.peak-";
    /** The release file's window, for a run drawn before it was judged. */
    private static final long DEFAULT_CPU_WINDOW_MILLIS = 60_000;
    private static final String JOBS_WAITING = "examday_jobs_waiting";

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
        charts.add(new Chart("lag", "Injector schedule lag", "ms", limit(verdict, "delivery.schedule-lag", 1),
                run.lag().map(Charts::lag).orElse(List.of())));
        List<FaultRows> faults = FaultRows.of(run, verdict);
        List<Chart.Mark> marks = faults.stream().map(FaultRows::mark).toList();
        charts.add(new Chart("errors", "Failed requests per second" + (faults.isEmpty() ? "" : ", faults marked from injection to recovery"),
                "failed/s", null,
                List.of(new Chart.Line("failed/s", perStep(rows, step, r -> r.failures(), v -> sum(v) / (step / 1000.0)))))
                .withFaults(marks));
        if (!faults.isEmpty()) {
            charts.add(FaultRows.recoveryChart(faults));
            charts.set(0, charts.getFirst().withFaults(marks));
        }
        held(charts, AttackChart.of(run));
        ServerSteps server = new ServerSteps(run);
        charts.add(cpu(run, verdict, step));
        charts.add(new Chart("cache", "Cache hit rate by layer", "%", limit(verdict, "cache.hit-rate", 100), cacheLayers(run, server)));
        charts.add(new Chart("statements", "SQL statements per request (mean)", "statements", limit(verdict, "statements.mean", 1),
                List.of(new Chart.Line("mean", server.points((f, pair) -> f.statements(pair, ANY_BOUND).map(ServerFigures.Statements::mean))))));
        PortalGauges gauges = new PortalGauges(run.server());
        held(charts, new Chart("heap", "Portal heap", "MiB", null, List.of(
                new Chart.Line("in use", gaugePoints(run, gauges::heapUsedMiB)),
                new Chart.Line("retained after collection", gaugePoints(run, gauges::heapRetainedMiB)))));
        held(charts, new Chart("files", "Portal's open files and sockets", "files", null, List.of(
                new Chart.Line("open", gaugePoints(run, gauges::openFiles)))));
        held(charts, new Chart("threads", "Portal's threads and database connections in use", "", null, List.of(
                new Chart.Line("live threads", gaugePoints(run, gauges::threads)),
                new Chart.Line("connections in use", gaugePoints(run, gauges::poolActive)))));
        held(charts, new Chart("job-queue", "Jobs waiting (grading, PDF, mail), by kind", "jobs", null,
                jobKinds(run).stream().map(kind -> new Chart.Line(kind, jobsWaiting(run, kind))).toList()));
        held(charts, new Chart("job-latency", "Jobs' time from enqueue to done (mean), by kind", "ms", null,
                jobKinds(run).stream().map(kind -> new Chart.Line(kind,
                        server.points((f, pair) -> Optional.ofNullable(f.jobLatencyMillisByKind(pair).get(kind))))).toList()));
        return charts;
    }

    /** The job kinds the portal reported a queue for: none in runs recorded before it did. */
    private static List<String> jobKinds(Run run) {
        return run.server().columns(s -> s.name().equals(JOBS_WAITING)).stream()
                .map(c -> String.valueOf(run.server().series(c).label("kind"))).distinct().sorted().toList();
    }

    private static List<double[]> jobsWaiting(Run run, String kind) {
        List<Integer> columns = run.server().columns(s -> s.name().equals(JOBS_WAITING) && kind.equals(s.label("kind")));
        List<double[]> points = new ArrayList<>();
        // One point a scrape: summed over the instances, of which only those running job workers count the queue.
        for (int row = 0; row < run.server().size(); row++) {
            double sum = 0;
            boolean any = false;
            for (int column : columns) {
                double v = run.server().value(row, column);
                if (!Double.isNaN(v)) {
                    sum += v;
                    any = true;
                }
            }
            if (any) {
                points.add(new double[] {run.server().at(row), sum});
            }
        }
        return points;
    }

    /** What the portal holds, drawn only when it was sampled: runs recorded before these gauges were kept have none. */
    private static void held(List<Chart> charts, Chart chart) {
        if (chart.series().stream().anyMatch(line -> !line.points().isEmpty())) {
            charts.add(chart);
        }
    }

    /** A gauge as it read at each scrape. */
    private static List<double[]> gaugePoints(Run run, IntFunction<OptionalDouble> value) {
        List<double[]> points = new ArrayList<>();
        for (int row = 0; row < run.server().size(); row++) {
            OptionalDouble v = value.apply(row);
            if (v.isPresent()) {
                points.add(new double[] {run.server().at(row), v.getAsDouble()});
            }
        }
        return points;
    }

    /** One line per cache layer the portal reported over the run. */
    private static List<Chart.Line> cacheLayers(Run run, ServerSteps server) {
        List<Integer> all = IntStream.range(0, run.server().size()).boxed().toList();
        return CacheLookups.of(run.server(), all).layers().stream()
                .map(layer -> new Chart.Line(CacheLookups.layerWord(layer),
                        server.points((f, pair) -> boxed(f.cacheLookups(pair).layer(layer).hitRate()).map(v -> v * 100))))
                .toList();
    }

    /**
     * The CPU of the system under test and of each process class, from the same intervals the gate judged, with the
     * worst rolling window shaded; the window's length is read from the check's id ({@code cpu.peak-60s}).
     */
    private static Chart cpu(Run run, Optional<Verdict> verdict, long step) {
        SystemCpu cpu = SystemCpu.of(run);
        Optional<Check> peak = verdict.flatMap(v -> v.checks().stream().filter(c -> c.id().startsWith(CPU_PEAK)).findFirst());
        long window = peak.map(c -> c.id().substring(CPU_PEAK.length()).replace("s", ""))
                .filter(s -> s.chars().allMatch(Character::isDigit) && !s.isEmpty())
                .map(s -> Long.parseLong(s) * 1000).orElse(DEFAULT_CPU_WINDOW_MILLIS);
        List<Chart.Line> lines = new ArrayList<>();
        lines.add(new Chart.Line("system under test", cpuSteps(cpu, step, SystemCpu.Interval::sut)));
        for (String part : cpu.intervals().stream().flatMap(i -> i.parts().keySet().stream()).distinct().toList()) {
            lines.add(new Chart.Line(part, cpuSteps(cpu, step, i -> i.parts().getOrDefault(part, 0.0))));
        }
        Chart.Mark worst = cpu.peak(run.whole(), window)
                .map(w -> new Chart.Mark(w.span().from(), w.span().to(), "worst " + window / 1000 + " s: "
                        + String.format(Locale.ROOT, "%.0f%%", w.sut() * 100)))
                .orElse(null);
        return new Chart("cpu", "CPU, share of all cores (" + cpu.source().words() + ")", "%",
                limit(verdict, peak.map(Check::id).orElse(CPU_PEAK), 100), lines, worst);
    }

    /** Intervals folded into chart steps: used over capacity within each step, in percent. */
    private static List<double[]> cpuSteps(SystemCpu cpu, long step, ToDoubleFunction<SystemCpu.Interval> used) {
        Map<Long, double[]> steps = new TreeMap<>();
        for (SystemCpu.Interval i : cpu.intervals()) {
            double[] sums = steps.computeIfAbsent(Math.floorDiv(i.to(), step) * step, k -> new double[2]);
            sums[0] += used.applyAsDouble(i);
            sums[1] += i.capacity();
        }
        return steps.entrySet().stream().filter(e -> e.getValue()[1] > 0)
                .map(e -> new double[] {e.getKey(), e.getValue()[0] / e.getValue()[1] * 100}).toList();
    }

    private static List<Chart.Line> lag(LagLog log) {
        return List.of(
                new Chart.Line("p50", log.steps().stream().map(p -> new double[] {p.epochMillis(), p.p50Ms()}).toList()),
                new Chart.Line("p99", log.steps().stream().map(p -> new double[] {p.epochMillis(), p.p99Ms()}).toList()),
                new Chart.Line("max", log.steps().stream().map(p -> new double[] {p.epochMillis(), p.maxMs()}).toList()));
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
