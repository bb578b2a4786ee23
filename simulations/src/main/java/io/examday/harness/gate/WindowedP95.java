package io.examday.harness.gate;

import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.LatencyWindows;
import io.examday.harness.threshold.Latency;
import io.examday.harness.threshold.Millis;
import io.examday.harness.threshold.Window;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * A p95 budget judged in every window: a stall of a minute is what a candidate feels, and a long run's p95 hides it.
 * The worst window holding enough requests is the measured figure; sparser windows are counted, not judged. When
 * no window holds enough, the whole window's histogram is judged instead, and the note says so.
 */
final class WindowedP95 {

    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private WindowedP95() {}

    /**
     * @param whole    every request of the name over the check's window
     * @param windows  the same requests window by window
     * @param runStart run.json startedAt, from which the worst window's offset is told
     */
    static Check check(String id, String name, Latency rule, Millis limit, Histogram whole,
                       List<LatencyWindows.Slice> windows, Instant runStart) {
        Window window = rule.window();
        int minimum = rule.minRequestsPerWindow().value();
        String every = rule.every().words();
        List<LatencyWindows.Slice> judged = windows.stream().filter(w -> w.count() >= minimum).toList();
        int skipped = windows.size() - judged.size();
        double wholeP95 = LatencyLog.millis(whole.getValueAtPercentile(95));
        String wholeFigure = "%s p95 %s over %,d requests".formatted(window.word(), Unit.MILLIS.format(wholeP95), whole.getTotalCount());
        String skippedWords = skipped == 0 ? "" : ", %d skipped (fewer than %,d requests)".formatted(skipped, minimum);
        String judgedWords = judged.size() == 1 ? "1 window judged" : judged.size() + " windows judged";
        Optional<LatencyWindows.Slice> worst = judged.stream()
                .max(Comparator.comparingDouble(LatencyWindows.Slice::p95Ms).thenComparing(w -> -w.from()));
        String target = "below " + Unit.MILLIS.format(limit.value());
        if (worst.isEmpty()) {
            String note = "no %s window held %,d requests (%d %s): judged over %s instead; %s"
                    .formatted(every, minimum, skipped, skipped == 1 ? "window" : "windows", over(window), wholeFigure);
            return Check.judged(id, name, Role.THRESHOLD, window, Compare.BELOW, Unit.MILLIS, limit.value(), wholeP95, note)
                    .windowed(target + " over " + over(window) + " (no " + every + " window held enough requests)",
                            new Check.Windowed(rule.every().millis(), minimum, null, null, whole.getTotalCount(), 0, skipped, wholeP95));
        }
        LatencyWindows.Slice w = worst.get();
        String note = "worst %s window %s: %,d requests; %s%s; %s".formatted(
                every, when(w, runStart), w.count(), judgedWords, skippedWords, wholeFigure);
        return Check.judged(id, name, Role.THRESHOLD, window, Compare.BELOW, Unit.MILLIS, limit.value(), w.p95Ms(), note)
                .windowed(target + " in every " + every + " window",
                        new Check.Windowed(rule.every().millis(), minimum, Instant.ofEpochMilli(w.from()), Instant.ofEpochMilli(w.to()),
                                w.count(), judged.size(), skipped, wholeP95));
    }

    private static String over(Window window) {
        return window == Window.WHOLE_RUN ? "the whole run" : "the full-load window";
    }

    /** {@code +1:00 to +2:00 after the start (09:01:00–09:02:00 UTC)}. */
    private static String when(LatencyWindows.Slice w, Instant runStart) {
        return "+%s to +%s after the start (%s–%s UTC)".formatted(
                offset(w.from() - runStart.toEpochMilli()), offset(w.to() - runStart.toEpochMilli()),
                WALL.format(Instant.ofEpochMilli(w.from())), WALL.format(Instant.ofEpochMilli(w.to())));
    }

    /** {@code 4:02}, or {@code 1:04:02} past an hour. */
    static String offset(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        return seconds >= 3600
                ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
