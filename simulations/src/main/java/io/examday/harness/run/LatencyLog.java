package io.examday.harness.run;

import io.examday.harness.threshold.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * {@code client/latency.hlog}, folded as it is read: per request name over the whole run and over the full-load
 * window, and the p95 of all requests per chart step. Keeping every one-second interval would take gigabytes.
 * Values are microseconds.
 */
public final class LatencyLog {

    /** Timestamps below this (the year 2000) are relative to the log's start, not epoch times. */
    private static final long EPOCH_FLOOR = 946_684_800_000L;

    /** The p95 of every request answered in one chart step. */
    public record Point(long epochMillis, double p95Ms, long count) {}

    private final Map<String, Histogram> wholeRun = new TreeMap<>();
    private final Map<String, Histogram> fullLoad = new TreeMap<>();
    private final List<Point> steps = new ArrayList<>();

    private LatencyLog() {}

    /**
     * @param runStart  run.json startedAt, the origin of relative timestamps and chart steps
     * @param full      the full-load window
     * @param stepMillis width of one chart step
     */
    public static LatencyLog read(Path file, long runStart, Span full, long stepMillis) throws IOException {
        LatencyLog log = new LatencyLog();
        TreeMap<Long, Histogram> open = new TreeMap<>();
        try (IntervalLogReader reader = new IntervalLogReader(file)) {
            for (IntervalLogReader.Interval next = reader.next(); next != null; next = reader.next()) {
                long start = next.startMillis() < EPOCH_FLOOR ? next.startMillis() + runStart : next.startMillis();
                String name = next.tag() == null ? "(untagged)" : next.tag();
                add(log.wholeRun, name, next.histogram());
                if (full.contains(start)) {
                    add(log.fullLoad, name, next.histogram());
                }
                long step = Math.floorDiv(start - runStart, stepMillis);
                add(open, step, next.histogram());
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
        steps.add(new Point(runStart + step.getKey() * stepMillis, millis(h.getValueAtPercentile(95)), h.getTotalCount()));
    }

    private static <K> void add(Map<K, Histogram> into, K key, Histogram interval) {
        into.computeIfAbsent(key, k -> new Histogram(interval.getNumberOfSignificantValueDigits())).add(interval);
    }

    public static double millis(long micros) {
        return micros / 1000.0;
    }

    public Set<String> names() {
        return wholeRun.keySet();
    }

    public Optional<Histogram> of(Window window, String name) {
        return Optional.ofNullable((window == Window.WHOLE_RUN ? wholeRun : fullLoad).get(name));
    }

    /** All request names together. */
    public Histogram all(Window window) {
        Histogram merged = new Histogram(3);
        (window == Window.WHOLE_RUN ? wholeRun : fullLoad).values().forEach(merged::add);
        return merged;
    }

    public List<Point> p95Steps() {
        return List.copyOf(steps);
    }
}
