package io.examday.harness.gate;

import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.run.RunDescription;
import io.examday.harness.run.Timeline;
import io.examday.harness.threshold.Delivery;
import io.examday.harness.threshold.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Whether the run put the promised load on the portal and measured it trustworthily; never a failure, at worst inconclusive. */
final class LoadDelivery {

    private LoadDelivery() {}

    static List<Check> checks(Run run, Delivery rule) {
        List<Check> checks = new ArrayList<>();
        checks.add(recording(run));
        RunDescription.Expected expected = run.description().expected();
        long peak = Math.max(run.summary().map(s -> s.peakActiveUsers()).orElse(0L),
                run.timeline().map(Timeline::peakActiveUsers).orElse(0L));
        checks.add(Check.judged("delivery.peak-users", "Peak active candidates", Role.DELIVERY, null, Compare.AT_LEAST,
                Unit.COUNT, Math.ceil(expected.peakConcurrentCandidates() * rule.peakUsersAtLeast().fraction()), peak,
                "%s of the %,d expected".formatted(rule.peakUsersAtLeast(), expected.peakConcurrentCandidates())));
        long requests = run.summary().map(s -> s.global().count())
                .orElse(run.timeline().map(t -> t.rows().stream().mapToLong(Timeline.Row::requests).sum()).orElse(0L));
        checks.add(Check.judged("delivery.requests", "Requests sent", Role.DELIVERY, Window.WHOLE_RUN, Compare.AT_LEAST,
                Unit.COUNT, Math.ceil(expected.requests() * rule.requestsAtLeast().fraction()), requests,
                "%s of the %,d expected".formatted(rule.requestsAtLeast(), expected.requests())));
        checks.add(scheduleLag(run, rule));
        checks.add(injectorCpu(run, rule));
        int samples = run.server().rowsWithin(run.full()).size();
        checks.add(Check.judged("delivery.server-samples", "Server samples at full load", Role.MEASUREMENT,
                Window.FULL_LOAD, Compare.AT_LEAST, Unit.COUNT, rule.serverSamplesAtLeast(), samples,
                run.server().failedScrapes() > 0 ? run.server().failedScrapes() + " scrapes failed" : null));
        return checks;
    }

    /** The client's files and the full-load window; the server's files have checks of their own. */
    private static Check recording(Run run) {
        List<String> clientMissing = run.missing().stream().filter(f -> !f.startsWith("server/")).toList();
        if (clientMissing.isEmpty()) {
            return new Check("delivery.client-recording", "Client recording", Role.MEASUREMENT, null, "complete",
                    "complete", null, null, Status.PASS, null, null);
        }
        return Check.unmeasured("delivery.client-recording", "Client recording", Role.MEASUREMENT, null, "complete",
                "missing " + String.join(", ", clientMissing));
    }

    /**
     * How late requests left against when they were due, p99 over the whole run: an injector starved of CPU sends
     * late, and its response times then measure its own queue, not the portal. The machine's CPU goes beside it, and
     * any span in which the whole machine stood still.
     */
    private static Check scheduleLag(Run run, Delivery rule) {
        String id = "delivery.schedule-lag";
        String name = "Injector schedule lag (p99)";
        String target = "at most " + Unit.MILLIS.format(rule.scheduleLagP99AtMost().value());
        if (run.lag().isEmpty()) {
            return Check.unmeasured(id, name, Role.TIMING, Window.WHOLE_RUN, target, "no client/lag.hlog");
        }
        Histogram lag = run.lag().get().all();
        if (lag.getTotalCount() == 0) {
            return Check.unmeasured(id, name, Role.TIMING, Window.WHOLE_RUN, target,
                    "client/lag.hlog holds no request that was due at a planned instant");
        }
        String note = String.format(Locale.ROOT, "p50 %s, max %s over %,d scheduled requests%s%s",
                Unit.MILLIS.format(LatencyLog.millis(lag.getValueAtPercentile(50))),
                Unit.MILLIS.format(LatencyLog.millis(lag.getMaxValue())), lag.getTotalCount(), machineCpu(run),
                MachineStops.describe(MachineStops.in(run)));
        return Check.judged(id, name, Role.TIMING, Window.WHOLE_RUN, Compare.AT_MOST, Unit.MILLIS,
                rule.scheduleLagP99AtMost().value(), LatencyLog.millis(lag.getValueAtPercentile(99)), note);
    }

    /** The machine's CPU over the run, which says what the injector competed with. */
    private static String machineCpu(Run run) {
        return run.timeline().flatMap(Timeline::machineCpu)
                .map(cpu -> String.format(Locale.ROOT, "; machine CPU mean %.0f%%, peak %.0f%%", cpu.mean() * 100, cpu.peak() * 100))
                .orElse("; machine CPU unknown");
    }

    /**
     * Seconds the injector sat at its CPU ceiling: past the allowance, its timings measure itself, not the portal.
     * A secondary figure: on shared cores a starved injector shows low CPU, not high; the schedule lag judges that.
     */
    private static Check injectorCpu(Run run, Delivery rule) {
        String name = "Injector CPU saturation";
        String target = "at most " + rule.injectorCpuSaturatedFor().value() / 1000 + " s at or above " + rule.injectorCpuCeiling();
        if (run.timeline().isEmpty()) {
            return Check.unmeasured("delivery.injector-cpu", name, Role.TIMING, Window.WHOLE_RUN, target, "no client/timeline.csv");
        }
        List<Timeline.Row> rows = run.timeline().get().rows();
        List<Timeline.Row> known = rows.stream().filter(r -> !Double.isNaN(r.injectorCpu())).toList();
        if (known.isEmpty()) {
            return Check.note("delivery.injector-cpu", name, Window.WHOLE_RUN, target, "unknown",
                    "the recorder wrote no injector CPU");
        }
        long saturatedSeconds = known.stream().filter(r -> r.injectorCpu() >= rule.injectorCpuCeiling().fraction()).count();
        double peak = known.stream().mapToDouble(Timeline.Row::injectorCpu).max().orElse(0);
        Check judged = Check.judged("delivery.injector-cpu", name, Role.TIMING, Window.WHOLE_RUN, Compare.AT_MOST,
                Unit.COUNT, rule.injectorCpuSaturatedFor().value() / 1000.0, saturatedSeconds,
                String.format(Locale.ROOT, "peak injector CPU %.0f%%; secondary: a starved injector shows low CPU, "
                        + "delivery.schedule-lag judges starvation", peak * 100));
        return new Check(judged.id(), name, judged.role(), judged.window(), target, saturatedSeconds + " s",
                judged.measuredValue(), judged.limitValue(), judged.status(), judged.note(), null);
    }
}
