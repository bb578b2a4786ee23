package io.examday.harness.gate;

import io.examday.harness.run.LatencyWindows;
import io.examday.harness.run.PortalGauges;
import io.examday.harness.run.Run;
import io.examday.harness.run.Span;
import io.examday.harness.threshold.MillisMargin;
import io.examday.harness.threshold.NumberMargin;
import io.examday.harness.threshold.Steadiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntFunction;

/**
 * {@code steadiness.*}: whether the portal held steady through the exam, the last third of run.json's {@code exam}
 * phase against its first. A gauge's figure in a third is its median over that third's scrapes, so one scrape taken
 * mid-burst cannot decide it; a leak moves the median. Latency is judged route by route, because the mix of routes
 * changes as candidates finish and a sum would judge the mix. Load falls through the exam as candidates leave, so a
 * figure that merely holds level while load falls is not caught: these checks catch growth.
 */
final class SteadinessChecks {

    static final String PREFIX = "steadiness.";
    static final String EXAM_PHASE = "exam";

    private SteadinessChecks() {}

    private record Gauge(String id, String name, NumberMargin margin, IntFunction<OptionalDouble> value, String unit) {}

    static List<Check> checks(Run run, Steadiness rule, int minRequests) {
        PortalGauges gauges = new PortalGauges(run.server());
        List<Gauge> judged = List.of(
                new Gauge("heap-retained", "Heap retained after collection", rule.heapRetainedMiBGrowsAtMost(), gauges::heapRetainedMiB, "MiB"),
                new Gauge("open-files", "Open files and sockets", rule.openFilesGrowAtMost(), gauges::openFiles, ""),
                new Gauge("threads", "Live threads", rule.threadsGrowAtMost(), gauges::threads, ""),
                new Gauge("pool-active", "Database connections in use", rule.poolActiveGrowsAtMost(), gauges::poolActive, ""));
        String p95Name = "p95 per route";
        Optional<Span> exam = run.description().phases().stream().filter(p -> p.name().equals(EXAM_PHASE)).findFirst()
                .map(p -> Span.of(p.from(), p.to()));
        long shortest = rule.examAtLeast().value();
        if (exam.isEmpty() || exam.get().to() - exam.get().from() < shortest) {
            String why = exam.map(s -> "the exam phase lasted " + minutes(s.to() - s.from()) + ", under the "
                    + minutes(shortest) + " a slow leak needs to show").orElse("run.json names no exam phase");
            List<Check> notes = new ArrayList<>();
            judged.forEach(g -> notes.add(Check.note(PREFIX + g.id(), g.name(), null, target(g.margin()), "not judged", why)));
            notes.add(Check.note(PREFIX + "p95", p95Name, null, target(rule.p95GrowsAtMost()), "not judged", why));
            return notes;
        }
        Span span = exam.get();
        long third = (span.to() - span.from() + 2) / 3;
        Span first = new Span(span.from(), span.from() + third);
        Span last = new Span(Math.min(span.from() + 2 * third, span.to()), span.to());
        String thirds = "first third " + stretch(run, first) + ", last third " + stretch(run, last);
        List<Check> checks = new ArrayList<>();
        for (Gauge g : judged) {
            checks.add(gauge(run, g, first, last, thirds));
        }
        checks.add(p95(run, span, third, last, rule.p95GrowsAtMost(), minRequests, p95Name, thirds));
        return checks;
    }

    private static Check gauge(Run run, Gauge g, Span first, Span last, String thirds) {
        String id = PREFIX + g.id();
        String target = target(g.margin());
        OptionalDouble before = median(run, first, g.value());
        OptionalDouble after = median(run, last, g.value());
        if (before.isEmpty() || after.isEmpty()) {
            return Check.unmeasured(id, g.name(), Role.THRESHOLD, null, target,
                    "no scrape of the " + (before.isEmpty() ? "first" : "last") + " third carried it (" + thirds + ")");
        }
        double limit = g.margin().above(before.getAsDouble());
        String unit = g.unit().isEmpty() ? "" : " " + g.unit();
        return Check.judged(id, g.name(), Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT, limit, after.getAsDouble(),
                String.format(Locale.ROOT, "median %,.0f%s in the first third, %,.0f%s in the last (%s)",
                        before.getAsDouble(), unit, after.getAsDouble(), unit, thirds))
                .withTarget(String.format(Locale.ROOT, "at most %,.0f%s: %s", limit, unit, target));
    }

    /** Each route with enough requests in both thirds; the measured figure is the route that grew most past its margin. */
    private static Check p95(Run run, Span exam, long third, Span last, MillisMargin margin, int minRequests, String name, String thirds) {
        String id = PREFIX + "p95";
        String target = target(margin);
        if (run.latency().isEmpty()) {
            return Check.unmeasured(id, name, Role.THRESHOLD, null, target, "no client/latency.hlog");
        }
        LatencyWindows windows = run.latency().get().windows(exam, third);
        List<String> figures = new ArrayList<>();
        String worst = null;
        double worstLimit = 0;
        double worstMeasured = 0;
        double worstExcess = Double.NEGATIVE_INFINITY;
        for (String route : windows.byName().keySet()) {
            Optional<LatencyWindows.Slice> before = slice(windows.of(route), exam.from());
            Optional<LatencyWindows.Slice> after = slice(windows.of(route), last.from());
            if (before.isEmpty() || after.isEmpty() || before.get().count() < minRequests || after.get().count() < minRequests) {
                continue;
            }
            double limit = margin.above(before.get().p95Ms());
            double measured = after.get().p95Ms();
            figures.add(String.format(Locale.ROOT, "%s %s → %s", route, Unit.MILLIS.format(before.get().p95Ms()),
                    Unit.MILLIS.format(measured)));
            if (measured - limit > worstExcess) {
                worstExcess = measured - limit;
                worst = route;
                worstLimit = limit;
                worstMeasured = measured;
            }
        }
        if (worst == null) {
            return Check.unmeasured(id, name, Role.THRESHOLD, null, target, String.format(Locale.ROOT,
                    "no route had %d requests in both thirds (%s)", minRequests, thirds));
        }
        return Check.judged(id, name, Role.THRESHOLD, null, Compare.AT_MOST, Unit.MILLIS, worstLimit, worstMeasured,
                String.format(Locale.ROOT, "closest to its margin: %s; first third → last: %s (%s)", worst,
                        String.join(", ", figures), thirds))
                .withTarget("at most " + Unit.MILLIS.format(worstLimit) + " on that route: " + target);
    }

    /** The window that starts at {@code from}: the tumbling windows are aligned to the exam's start. */
    private static Optional<LatencyWindows.Slice> slice(List<LatencyWindows.Slice> slices, long from) {
        return slices.stream().filter(s -> s.from() == from).findFirst();
    }

    private static OptionalDouble median(Run run, Span span, IntFunction<OptionalDouble> value) {
        double[] values = run.server().rowsWithin(span).stream().map(value::apply).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).sorted().toArray();
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        int mid = values.length / 2;
        return OptionalDouble.of(values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2);
    }

    /** A margin in the threshold file's words ({@link NumberMargin} or {@link MillisMargin}). */
    private static String target(Object margin) {
        return "last third at most the first's + " + margin;
    }

    private static String stretch(Run run, Span span) {
        long start = run.description().startedAt().toEpochMilli();
        return "+" + WindowedP95.offset(span.from() - start) + " to +" + WindowedP95.offset(span.to() - start);
    }

    private static String minutes(long millis) {
        return millis % 60_000 == 0 ? millis / 60_000 + " min" : String.format(Locale.ROOT, "%.1f min", millis / 60_000.0);
    }
}
