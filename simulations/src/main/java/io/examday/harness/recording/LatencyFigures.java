package io.examday.harness.recording;

import org.HdrHistogram.Histogram;

/**
 * One line of {@code client/summary.json}: counts, and response-time percentiles in milliseconds over every request
 * of that name, failed ones included (a failure that answered fast still counts in the tail it joins).
 */
public record LatencyFigures(
        long count, long ok, long ko, double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs) {

    static LatencyFigures of(Histogram micros, long ok, long ko) {
        if (micros.getTotalCount() == 0) {
            return new LatencyFigures(ok + ko, ok, ko, 0, 0, 0, 0, 0);
        }
        return new LatencyFigures(ok + ko, ok, ko, millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(95)), millis(micros.getValueAtPercentile(99)),
                millis(micros.getMaxValue()), Math.round(micros.getMean() / 10.0) / 100.0);
    }

    private static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
