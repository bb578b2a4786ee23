package io.examday.harness.journey;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real instants at which the run passed from one phase to the next, as the candidates lived them; the
 * simulation writes them into run.json's phases and full-load window. Lock-free: thousands of users report here.
 */
public final class RunEvents {

    private final AtomicLong lastPunctualStart = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong lastStart = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong firstSubmit = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong firstRiderSubmit = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastSubmit = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong firstReSignIn = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastReSignIn = new AtomicLong(Long.MIN_VALUE);

    void started(boolean late) {
        long now = System.currentTimeMillis();
        lastStart.accumulateAndGet(now, Math::max);
        if (!late) {
            lastPunctualStart.accumulateAndGet(now, Math::max);
        }
    }

    void submitted(boolean rider) {
        long now = System.currentTimeMillis();
        firstSubmit.accumulateAndGet(now, Math::min);
        lastSubmit.accumulateAndGet(now, Math::max);
        if (rider) {
            firstRiderSubmit.accumulateAndGet(now, Math::min);
        }
    }

    void reSignedIn() {
        long now = System.currentTimeMillis();
        firstReSignIn.accumulateAndGet(now, Math::min);
        lastReSignIn.accumulateAndGet(now, Math::max);
    }

    /** The instants in epoch milliseconds, {@code Long.MIN_VALUE} or {@code MAX_VALUE} for one that never happened. */
    public record Snapshot(long lastPunctualStart, long lastStart, long firstSubmit, long firstRiderSubmit,
                           long lastSubmit, long firstReSignIn, long lastReSignIn) {}

    /** For another injector of a split run to hand over. */
    public Snapshot snapshot() {
        return new Snapshot(lastPunctualStart.get(), lastStart.get(), firstSubmit.get(), firstRiderSubmit.get(),
                lastSubmit.get(), firstReSignIn.get(), lastReSignIn.get());
    }

    /** What another injector of a split run lived: firsts stay the earliest, lasts the latest. */
    public void absorb(Snapshot other) {
        lastPunctualStart.accumulateAndGet(other.lastPunctualStart(), Math::max);
        lastStart.accumulateAndGet(other.lastStart(), Math::max);
        firstSubmit.accumulateAndGet(other.firstSubmit(), Math::min);
        firstRiderSubmit.accumulateAndGet(other.firstRiderSubmit(), Math::min);
        lastSubmit.accumulateAndGet(other.lastSubmit(), Math::max);
        firstReSignIn.accumulateAndGet(other.firstReSignIn(), Math::min);
        lastReSignIn.accumulateAndGet(other.lastReSignIn(), Math::max);
    }

    public Optional<Instant> lastPunctualStart() {
        return at(lastPunctualStart);
    }

    public Optional<Instant> lastStart() {
        return at(lastStart);
    }

    public Optional<Instant> firstSubmit() {
        return at(firstSubmit);
    }

    public Optional<Instant> firstRiderSubmit() {
        return at(firstRiderSubmit);
    }

    public Optional<Instant> lastSubmit() {
        return at(lastSubmit);
    }

    public Optional<Instant> firstReSignIn() {
        return at(firstReSignIn);
    }

    public Optional<Instant> lastReSignIn() {
        return at(lastReSignIn);
    }

    private static Optional<Instant> at(AtomicLong millis) {
        long value = millis.get();
        return value == Long.MAX_VALUE || value == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }
}
