package io.examday.harness.report;

import io.examday.harness.run.LagLog;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.run.Timeline;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * What the report says about the injector over the whole run: how late its scheduled requests left, and how busy
 * the machine it shared was. Absent figures are null.
 */
record InjectorFigures(long scheduled, Double lagP50Ms, Double lagP99Ms, Double lagMaxMs, Double machineCpuMean,
                       Double machineCpuPeak) {

    static InjectorFigures of(Run run) {
        Optional<Histogram> lag = run.lag().map(LagLog::all).filter(h -> h.getTotalCount() > 0);
        Optional<Timeline.MachineCpu> cpu = run.timeline().flatMap(Timeline::machineCpu);
        return new InjectorFigures(lag.map(Histogram::getTotalCount).orElse(0L),
                lag.map(h -> LatencyLog.millis(h.getValueAtPercentile(50))).orElse(null),
                lag.map(h -> LatencyLog.millis(h.getValueAtPercentile(99))).orElse(null),
                lag.map(h -> LatencyLog.millis(h.getMaxValue())).orElse(null),
                cpu.map(Timeline.MachineCpu::mean).orElse(null), cpu.map(Timeline.MachineCpu::peak).orElse(null));
    }
}
