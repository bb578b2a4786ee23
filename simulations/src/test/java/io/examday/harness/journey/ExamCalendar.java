package io.examday.harness.journey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The run's real dates, fixed by the simulation's {@code before()} once it has scheduled the exams, and read by
 * the journeys while they run (the journeys are built before the dates are known).
 */
public final class ExamCalendar {

    /**
     * @param firstArrival when the injection schedule begins: arrivals are planned from here
     * @param opensAt when the exams open
     * @param lastDeadline the last candidate's deadline: proctors and authors watch until then
     * @param sessionLossAt when every session is lost, in a login storm
     * @param examIds the portal's ids of the scenario's exams, in code order
     */
    public record Dates(Instant firstArrival, Instant opensAt, Instant lastDeadline, Optional<Instant> sessionLossAt, List<Long> examIds) {}

    private volatile Dates dates;

    public void fix(Dates fixed) {
        this.dates = fixed;
    }

    public Dates dates() {
        Dates fixed = dates;
        if (fixed == null) {
            throw new IllegalStateException("the exams are not scheduled yet");
        }
        return fixed;
    }
}
