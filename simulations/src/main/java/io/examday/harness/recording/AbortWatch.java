package io.examday.harness.recording;

import io.examday.harness.threshold.Abort;
import io.examday.harness.threshold.Millis;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * Watches the recording second by second for a threshold file's abort conditions ({@link Abort}): the failed share
 * or the p95 of all requests over the last {@code heldFor}. Fed by the recording's ticker thread only; the virtual
 * users read {@link #stopping()}, a volatile field, before each request goes on.
 */
public final class AbortWatch {

    /** What held, when, with its figures in words. */
    public record Tripped(long atMillis, String condition, double figure, String figures) {}

    private record Second(long requests, long failures, Histogram latency) {}

    private final Optional<Abort> rule;
    private final long p95LimitMicros;
    private final Deque<Second> window = new ArrayDeque<>();
    private final Histogram windowLatency = new Histogram(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS);
    private long windowRequests;
    private long windowFailures;
    private volatile Tripped tripped;

    private AbortWatch(Optional<Abort> rule, long p95LimitMicros) {
        this.rule = rule;
        this.p95LimitMicros = p95LimitMicros;
    }

    /** The conditions of a threshold file, its p95 budget for all requests multiplied as they say. */
    public static AbortWatch of(Abort rule, Millis p95Budget) {
        return new AbortWatch(Optional.of(rule), Math.round(p95Budget.value() * 1_000 * rule.p95AboveBudgetTimes().value()));
    }

    /** A run given no threshold file goes to its end. */
    public static AbortWatch never() {
        return new AbortWatch(Optional.empty(), Long.MAX_VALUE);
    }

    public boolean stopping() {
        return tripped != null;
    }

    public Optional<Tripped> tripped() {
        return Optional.ofNullable(tripped);
    }

    /**
     * One second of the recording; the watch keeps {@code latency}, which the caller must not change afterwards (the
     * recording makes a new one each second). Returns what held the first time a condition holds over a full window, and
     * nothing before or after: the run stops once.
     */
    Optional<Tripped> second(long atMillis, long requests, long failures, Histogram latency) {
        if (rule.isEmpty() || tripped != null) {
            return Optional.empty();
        }
        Abort abort = rule.get();
        Second now = new Second(requests, failures, latency);
        window.addLast(now);
        windowRequests += requests;
        windowFailures += failures;
        windowLatency.add(now.latency());
        long seconds = abort.heldFor().seconds();
        while (window.size() > seconds) {
            Second gone = window.removeFirst();
            windowRequests -= gone.requests();
            windowFailures -= gone.failures();
            windowLatency.subtract(gone.latency());
        }
        if (window.size() < seconds || windowRequests < abort.requestsAtLeast().value()) {
            return Optional.empty();
        }
        double failedShare = (double) windowFailures / windowRequests;
        long p95 = windowLatency.getValueAtPercentile(95);
        String over = String.format(Locale.ROOT, "over the %d s before, of %,d requests", seconds, windowRequests);
        if (failedShare > abort.failedShareAbove().fraction()) {
            tripped = new Tripped(atMillis, "failed share above " + abort.failedShareAbove(), failedShare,
                    String.format(Locale.ROOT, "%.1f%% failed %s", failedShare * 100, over));
        } else if (p95 > p95LimitMicros) {
            tripped = new Tripped(atMillis, String.format(Locale.ROOT, "p95 above %,d ms (%s times the budget)",
                    p95LimitMicros / 1_000, abort.p95AboveBudgetTimes()), p95 / 1_000.0,
                    String.format(Locale.ROOT, "p95 %,.0f ms %s", p95 / 1_000.0, over));
        }
        return Optional.ofNullable(tripped);
    }
}
