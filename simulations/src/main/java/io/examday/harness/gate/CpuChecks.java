package io.examday.harness.gate;

import io.examday.harness.run.Run;
import io.examday.harness.run.Span;
import io.examday.harness.run.SystemCpu;
import io.examday.harness.threshold.Cpu;
import io.examday.harness.threshold.Window;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CPU of the system under test: judged as its highest rolling average over the whole run, where the storms
 * are, with the full-load average beside it as a figure. The notes say which source the figure came from and what
 * each process took, so a busy neighbour ({@code other}) is seen without counting against the portal.
 */
final class CpuChecks {

    private CpuChecks() {}

    static List<Check> checks(Run run, Cpu rule) {
        SystemCpu cpu = SystemCpu.of(run);
        return List.of(peak(run, rule, cpu), fullLoad(run, cpu));
    }

    private static Check peak(Run run, Cpu rule, SystemCpu cpu) {
        long window = rule.rollingWindow().millis();
        String seconds = window / 1000 + " s";
        String name = "CPU of the system under test, highest " + seconds + " average, share of all cores";
        String target = "below " + rule.peakBelow();
        Span whole = run.whole();
        Optional<SystemCpu.Share> peak = cpu.peak(whole, window);
        if (peak.isEmpty()) {
            return Check.unmeasured(rule.checkId(), name, Role.THRESHOLD, Window.WHOLE_RUN, target,
                    "no CPU samples inside the run (" + cpu.source().words() + ")");
        }
        Optional<SystemCpu.Share> overall = cpu.over(whole);
        String where = cpu.shorterThan(whole, window)
                ? "the run's samples cover less than " + seconds + ": judged over all of them"
                : "worst window " + clock(peak.get().span());
        String note = cpu.source().words() + "; " + where + ": " + parts(peak.get())
                + overall.map(o -> "; whole run " + percent(o.sut()) + ": " + parts(o)).orElse("");
        return Check.judged(rule.checkId(), name, Role.THRESHOLD, Window.WHOLE_RUN, Compare.BELOW, Unit.SHARE,
                rule.peakBelow().fraction(), peak.get().sut(), note);
    }

    private static Check fullLoad(Run run, SystemCpu cpu) {
        String name = "CPU of the system under test, full-load average, share of all cores";
        Optional<SystemCpu.Share> full = cpu.over(run.full());
        return Check.note("cpu.full-load", name, Window.FULL_LOAD, "figure",
                full.map(f -> Unit.SHARE.format(f.sut())).orElse("not measured"),
                full.map(CpuChecks::parts).orElse("no CPU samples at full load"));
    }

    /** Each part's share, system under test first: "portal 41.0%, postgres 12.0%, ...". */
    private static String parts(SystemCpu.Share share) {
        return share.parts().entrySet().stream().map(CpuChecks::part).collect(Collectors.joining(", "));
    }

    private static String part(Map.Entry<String, Double> e) {
        return e.getKey() + " " + percent(e.getValue());
    }

    private static String percent(double share) {
        return Unit.SHARE.format(share);
    }

    private static String clock(Span span) {
        return String.format(Locale.ROOT, "%s–%s", Instant.ofEpochMilli(span.from()).toString().substring(11, 19),
                Instant.ofEpochMilli(span.to()).toString().substring(11, 19));
    }
}
