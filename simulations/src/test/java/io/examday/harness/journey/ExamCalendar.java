package io.examday.harness.journey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The run's real dates, fixed by the simulation's {@code before()} once it has scheduled the exams, and read by
 * the journeys while they run (the journeys are built before the dates are known).
 */
public final class ExamCalendar {

    /**
     * @param opensAt when the exams open
     * @param lastDeadline the last candidate's deadline: proctors and authors watch until then
     * @param sessionLossAt when every session is lost, in a login storm
     * @param examIds the portal's ids of the scenario's exams, in code order
     */
    public record Dates(Instant opensAt, Instant lastDeadline, Optional<Instant> sessionLossAt, List<Long> examIds) {}

    private volatile Dates dates;
    private final AtomicLong injectionBegan = new AtomicLong(Long.MIN_VALUE);

    public void fix(Dates fixed) {
        this.dates = fixed;
    }

    /**
     * When a user whose planned arrival is {@code offsetMillis} into the injection was due. Gatling begins injecting
     * a moment after the simulation's {@code before()} returns (1.2 s in a run measured here) and reports that
     * instant nowhere, so the first user to arrive marks it; a late first arrival hides only its own lateness from
     * the arrivals, never from the waits that follow.
     */
    public long arrivalDue(long offsetMillis) {
        injectionBegan.compareAndSet(Long.MIN_VALUE, System.currentTimeMillis() - offsetMillis);
        return injectionBegan.get() + offsetMillis;
    }

    public Dates dates() {
        Dates fixed = dates;
        if (fixed == null) {
            throw new IllegalStateException("the exams are not scheduled yet");
        }
        return fixed;
    }
}
