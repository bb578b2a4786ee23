package io.examday.harness.recording;

import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One request name's figures. Virtual users record into a wait-free {@link Recorder}; only the ticker thread takes
 * interval histograms out of it and adds them to the run's running total.
 */
final class RouteLatency {

    /** Gatling gives up on a request after 60 s; anything longer is clamped to this. */
    static final long HIGHEST_MICROS = 120_000_000L;
    static final int SIGNIFICANT_DIGITS = 3;

    private final Recorder recorder = new Recorder(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private final LongAdder ok = new LongAdder();
    private final LongAdder ko = new LongAdder();
    private final Histogram total = new Histogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private Histogram recycled;

    void record(long micros, boolean succeeded) {
        recorder.recordValue(Math.clamp(micros, 0, HIGHEST_MICROS));
        (succeeded ? ok : ko).increment();
    }

    /** Ticker thread only: the histogram of the interval just ended, also added to the running total. */
    Histogram takeInterval() {
        Histogram interval = recorder.getIntervalHistogram(recycled);
        recycled = interval;
        total.add(interval);
        return interval;
    }

    /** Ticker thread only, or after the ticker stopped. */
    Histogram total() {
        return total;
    }

    long ok() {
        return ok.sum();
    }

    long ko() {
        return ko.sum();
    }
}
