package io.examday.harness.gate;

import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.LatencyWindows;
import io.examday.harness.run.Run;
import io.examday.harness.run.Timeline;
import io.examday.harness.threshold.Errors;
import io.examday.harness.threshold.Latency;
import io.examday.harness.threshold.Millis;
import io.examday.harness.threshold.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** What the candidates saw: response times from client/latency.hlog, failures from summary.json and timeline.csv. */
final class ClientChecks {

    private ClientChecks() {}

    static List<Check> latency(Run run, Latency rule) {
        List<Check> checks = new ArrayList<>();
        Window window = rule.window();
        String target = "below " + Unit.MILLIS.format(rule.p95Below().value());
        if (run.latency().isEmpty()) {
            checks.add(Check.unmeasured("latency.p95", "p95 response time", Role.THRESHOLD, window, target, "no client/latency.hlog"));
            return checks;
        }
        LatencyLog log = run.latency().get();
        LatencyWindows windows = log.windows(run.span(window), rule.every().millis());
        Instant runStart = run.description().startedAt();
        checks.add(p95("latency.p95", "p95 response time, all requests", rule, rule.p95Below(), log.all(window),
                windows.all(), runStart));
        for (Map.Entry<String, Millis> budget : new TreeMap<>(rule.endpoints()).entrySet()) {
            String name = budget.getKey();
            Optional<Histogram> h = log.of(window, name);
            if (h.isEmpty() || h.get().getTotalCount() == 0) {
                long inRun = log.of(Window.WHOLE_RUN, name).map(Histogram::getTotalCount).orElse(0L);
                checks.add(SilentRoute.check(name, "below " + Unit.MILLIS.format(budget.getValue().value()), window,
                        inRun, Optional.ofNullable(run.description().routes())));
            } else {
                checks.add(p95("latency.p95." + name, "p95 " + name, rule, budget.getValue(), h.get(),
                        windows.of(name), runStart));
            }
        }
        return checks;
    }

    private static Check p95(String id, String name, Latency rule, Millis limit, Histogram whole,
                             List<LatencyWindows.Slice> windows, Instant runStart) {
        if (whole.getTotalCount() == 0) {
            return Check.unmeasured(id, name, Role.THRESHOLD, rule.window(), "below " + Unit.MILLIS.format(limit.value()),
                    "no requests recorded in the window");
        }
        return WindowedP95.check(id, name, rule, limit, whole, windows, runStart);
    }

    static List<Check> errors(Run run, Errors rule) {
        Window window = rule.window();
        Optional<long[]> counted = failedAndTotal(run, window);
        if (counted.isEmpty()) {
            String why = "no client/summary.json or client/timeline.csv";
            return List.of(
                    Check.unmeasured("errors.failed-requests", "Failed requests", Role.THRESHOLD, window,
                            "at most " + rule.failedRequestsAtMost(), why),
                    Check.unmeasured("errors.failed-share", "Failed share", Role.THRESHOLD, window,
                            "at most " + rule.failedShareAtMost(), why));
        }
        long failed = counted.get()[0];
        long total = counted.get()[1];
        String topErrors = run.summary().filter(s -> failed > 0 && window == Window.WHOLE_RUN)
                .map(s -> topErrors(s.errors())).orElse(null);
        Check count = Check.judged("errors.failed-requests", "Failed requests", Role.THRESHOLD, window,
                Compare.AT_MOST, Unit.COUNT, rule.failedRequestsAtMost(), failed, topErrors);
        Check share = total == 0
                ? Check.unmeasured("errors.failed-share", "Failed share", Role.THRESHOLD, window,
                        "at most " + rule.failedShareAtMost(), "no requests in the window")
                : Check.judged("errors.failed-share", "Failed share", Role.THRESHOLD, window, Compare.AT_MOST,
                        Unit.SHARE, rule.failedShareAtMost().fraction(), (double) failed / total,
                        "%,d of %,d requests".formatted(failed, total));
        return List.of(count, share);
    }

    /** Failed and total requests: the summary for the whole run, the per-second timeline for the full-load window. */
    private static Optional<long[]> failedAndTotal(Run run, Window window) {
        if (window == Window.WHOLE_RUN && run.summary().isPresent()) {
            return Optional.of(new long[] {run.summary().get().global().ko(), run.summary().get().global().count()});
        }
        return run.timeline().map(t -> {
            List<Timeline.Row> rows = window == Window.WHOLE_RUN ? t.rows() : t.within(run.full());
            return new long[] {
                rows.stream().mapToLong(Timeline.Row::failures).sum(),
                rows.stream().mapToLong(Timeline.Row::requests).sum()};
        });
    }

    private static String topErrors(Map<String, Long> errors) {
        return errors.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3)
                .map(e -> "%,d × %s".formatted(e.getValue(), e.getKey()))
                .reduce((a, b) -> a + ", " + b)
                .map(s -> "most frequent: " + s)
                .orElse(null);
    }
}
