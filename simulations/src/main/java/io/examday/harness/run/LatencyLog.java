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
 * window, and the p95 of all requests per chart step. Keeping every one-second interval would take gigabytes, so
 * windowed percentiles ({@link #windows}) read the log again and keep only each window's figures.
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
    private final Path file;
    private final long runStart;

    private LatencyLog(Path file, long runStart) {
        this.file = file;
        this.runStart = runStart;
    }

    /**
     * @param runStart  run.json startedAt, the origin of relative timestamps and chart steps
     * @param full      the full-load window
     * @param stepMillis width of one chart step
     */
    public static LatencyLog read(Path file, long runStart, Span full, long stepMillis) throws IOException {
        LatencyLog log = new LatencyLog(file, runStart);
        TreeMap<Long, Histogram> open = new TreeMap<>();
        try (IntervalLogReader reader = new IntervalLogReader(file)) {
            for (IntervalLogReader.Interval next = reader.next(); next != null; next = reader.next()) {
                long start = log.start(next);
                String name = name(next);
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

    /**
     * The p95 of every tumbling window of {@code everyMillis} across {@code span}, aligned to its start, per request
     * name and for all requests. An interval belongs to the window its start falls in. Intervals arrive in time
     * order, so only the last two windows are open at any time: memory does not grow with the run's length.
     */
    public LatencyWindows windows(Span span, long everyMillis) {
        Map<String, List<LatencyWindows.Slice>> byName = new TreeMap<>();
        List<LatencyWindows.Slice> all = new ArrayList<>();
        TreeMap<Long, Map<String, Histogram>> open = new TreeMap<>();
        try (IntervalLogReader reader = new IntervalLogReader(file)) {
            for (IntervalLogReader.Interval next = reader.next(); next != null; next = reader.next()) {
                long start = start(next);
                if (!span.contains(start)) {
                    continue;
                }
                long window = Math.floorDiv(start - span.from(), everyMillis);
                add(open.computeIfAbsent(window, w -> new TreeMap<>()), name(next), next.histogram());
                while (open.firstKey() < window - 1) {
                    closeWindow(open.pollFirstEntry(), span, everyMillis, byName, all);
                }
            }
        } catch (IOException e) {
            throw new BadRunFolder(file + ": cannot read the latency log again for its windows: " + e.getMessage(), e);
        }
        while (!open.isEmpty()) {
            closeWindow(open.pollFirstEntry(), span, everyMillis, byName, all);
        }
        return new LatencyWindows(everyMillis, byName, all);
    }

    private static void closeWindow(Map.Entry<Long, Map<String, Histogram>> window, Span span, long everyMillis,
                                    Map<String, List<LatencyWindows.Slice>> byName, List<LatencyWindows.Slice> all) {
        long from = span.from() + window.getKey() * everyMillis;
        long to = Math.min(from + everyMillis, span.to());
        Histogram merged = new Histogram(3);
        window.getValue().forEach((name, h) -> {
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(slice(from, to, h));
            merged.add(h);
        });
        all.add(slice(from, to, merged));
    }

    private static LatencyWindows.Slice slice(long from, long to, Histogram h) {
        return new LatencyWindows.Slice(from, to, h.getTotalCount(), millis(h.getValueAtPercentile(95)));
    }

    private long start(IntervalLogReader.Interval interval) {
        return interval.startMillis() < EPOCH_FLOOR ? interval.startMillis() + runStart : interval.startMillis();
    }

    private static String name(IntervalLogReader.Interval interval) {
        return interval.tag() == null ? "(untagged)" : interval.tag();
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
