package io.examday.harness.report;

import io.examday.harness.run.InjectorRecording;
import io.examday.harness.run.LagLog;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.run.Timeline;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * What the report says about the injector over the whole run: how late its scheduled requests left, and how busy
 * the machine it shared was. Absent figures are null.
 */
record InjectorFigures(long scheduled, Double lagP50Ms, Double lagP99Ms, Double lagMaxMs, Double machineCpuMean,
                       Double machineCpuPeak, List<Slice> slices) {

    /**
     * One injector JVM of a split run: the cohort's share it played, what it sent, and its own lag.
     *
     * @param gatlingReport whether its Gatling report was kept ({@code injectors/<n>/gatling/index.html})
     */
    record Slice(int index, double cohortShare, Long requests, Long failed, Double lagP99Ms, boolean gatlingReport) {}

    static InjectorFigures of(Run run) {
        Optional<Histogram> lag = run.lag().map(LagLog::all).filter(h -> h.getTotalCount() > 0);
        Optional<Timeline.MachineCpu> cpu = run.timeline().flatMap(Timeline::machineCpu);
        return new InjectorFigures(lag.map(Histogram::getTotalCount).orElse(0L),
                lag.map(h -> LatencyLog.millis(h.getValueAtPercentile(50))).orElse(null),
                lag.map(h -> LatencyLog.millis(h.getValueAtPercentile(99))).orElse(null),
                lag.map(h -> LatencyLog.millis(h.getMaxValue())).orElse(null),
                cpu.map(Timeline.MachineCpu::mean).orElse(null), cpu.map(Timeline.MachineCpu::peak).orElse(null),
                InjectorRecording.of(run).stream().map(InjectorFigures::slice).toList());
    }

    private static Slice slice(InjectorRecording injector) {
        Optional<Histogram> lag = injector.lag().map(LagLog::all).filter(h -> h.getTotalCount() > 0);
        return new Slice(injector.index(), injector.cohortShare(),
                injector.summary().map(s -> s.global().count()).orElse(null),
                injector.summary().map(s -> s.global().ko()).orElse(null),
                lag.map(h -> LatencyLog.millis(h.getValueAtPercentile(99))).orElse(null),
                Files.exists(injector.dir().resolve("gatling/index.html")));
    }
}
