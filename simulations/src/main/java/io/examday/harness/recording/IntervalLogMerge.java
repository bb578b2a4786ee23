package io.examday.harness.recording;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Several injectors' interval logs of one kind ({@code latency.hlog}, {@code lag.hlog}, {@code injector-delay.hlog})
 * as one: every interval histogram of every injector, unchanged, in time order, so the judge's windows add them as
 * they add one injector's. Nothing is averaged or re-estimated: a merged percentile is a percentile of the summed
 * counts. Streams, holding one interval per injector, however long the run; keeps the per-request-name totals.
 */
final class IntervalLogMerge {

    /** One injector's next interval, and where it came from. */
    private record Pending(Histogram histogram, HistogramLogReader reader) {}

    private final Map<String, Histogram> totals = new TreeMap<>();
    private final Histogram all = new Histogram(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS);

    /** Merges {@code inputs} (a missing one is skipped) into {@code output}, written with {@code comment}. */
    static IntervalLogMerge merge(List<Path> inputs, Path output, String comment) throws IOException {
        IntervalLogMerge merge = new IntervalLogMerge();
        List<HistogramLogReader> readers = new ArrayList<>();
        try {
            PriorityQueue<Pending> next = new PriorityQueue<>(
                    Comparator.comparingLong((Pending p) -> p.histogram().getStartTimeStamp()));
            long start = Long.MAX_VALUE;
            for (Path input : inputs) {
                if (!input.toFile().isFile()) {
                    continue;
                }
                HistogramLogReader reader = open(input.toFile());
                readers.add(reader);
                Histogram first = read(reader, input);
                if (first != null) {
                    next.add(new Pending(first, reader));
                    start = Math.min(start, first.getStartTimeStamp());
                }
            }
            try (IntervalLog log = new IntervalLog(output, start == Long.MAX_VALUE ? 0 : start, comment)) {
                while (!next.isEmpty()) {
                    Pending p = next.poll();
                    merge.add(p.histogram(), log);
                    Histogram following = read(p.reader(), output);
                    if (following != null) {
                        next.add(new Pending(following, p.reader()));
                    }
                }
                log.flush();
            }
        } finally {
            readers.forEach(HistogramLogReader::close);
        }
        return merge;
    }

    private void add(Histogram interval, IntervalLog log) {
        String name = RequestTag.requestName(interval.getTag() == null ? "" : interval.getTag());
        totals.computeIfAbsent(name, n -> new Histogram(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS))
                .add(interval);
        all.add(interval);
        log.write(name, interval);
    }

    private static HistogramLogReader open(File file) {
        try {
            return new HistogramLogReader(file);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    private static Histogram read(HistogramLogReader reader, Path from) {
        EncodableHistogram next = reader.nextIntervalHistogram();
        if (next == null) {
            return null;
        }
        if (!(next instanceof Histogram histogram)) {
            throw new IllegalArgumentException(from + ": not an integer-valued HdrHistogram log");
        }
        return histogram;
    }

    /** Per request name, every interval of every injector added. */
    Map<String, Histogram> totals() {
        return totals;
    }

    /** Every interval of every injector added. */
    Histogram all() {
        return all;
    }
}
