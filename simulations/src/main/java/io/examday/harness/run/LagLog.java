package io.examday.harness.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * {@code client/lag.hlog}: how late each request left against when it was due, folded as it is read: all requests
 * over the whole run, per request name, and p50/p99/max per chart step. Values are microseconds.
 */
public final class LagLog {

    /** The lag of every request sent in one chart step, in milliseconds. */
    public record Point(long epochMillis, double p50Ms, double p99Ms, double maxMs, long count) {}

    private final Histogram all = new Histogram(3);
    private final Map<String, Histogram> byName = new TreeMap<>();
    private final List<Point> steps = new ArrayList<>();

    private LagLog() {}

    /**
     * @param runStart   run.json startedAt, the origin of chart steps
     * @param stepMillis width of one chart step
     */
    public static LagLog read(Path file, long runStart, long stepMillis) throws IOException {
        LagLog log = new LagLog();
        TreeMap<Long, Histogram> open = new TreeMap<>();
        try (IntervalLogReader reader = new IntervalLogReader(file)) {
            for (IntervalLogReader.Interval next = reader.next(); next != null; next = reader.next()) {
                log.all.add(next.histogram());
                log.byName.computeIfAbsent(next.tag() == null ? "(untagged)" : next.tag(), k -> new Histogram(3))
                        .add(next.histogram());
                long step = Math.floorDiv(next.startMillis() - runStart, stepMillis);
                open.computeIfAbsent(step, k -> new Histogram(3)).add(next.histogram());
                // Intervals arrive in time order, a few names per second: steps two behind are complete.
                while (open.firstKey() < step - 1) {
                    log.close(open.pollFirstEntry(), runStart, stepMillis);
                }
            }
        }
        while (!open.isEmpty()) {
            log.close(open.pollFirstEntry(), runStart, stepMillis);
        }
        return log;
    }

    private void close(Map.Entry<Long, Histogram> step, long runStart, long stepMillis) {
        Histogram h = step.getValue();
        steps.add(new Point(runStart + step.getKey() * stepMillis, LatencyLog.millis(h.getValueAtPercentile(50)),
                LatencyLog.millis(h.getValueAtPercentile(99)), LatencyLog.millis(h.getMaxValue()), h.getTotalCount()));
    }

    /** Every measured request of the run together. */
    public Histogram all() {
        return all.copy();
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public Histogram of(String name) {
        return byName.getOrDefault(name, new Histogram(3)).copy();
    }

    public List<Point> steps() {
        return List.copyOf(steps);
    }
}
