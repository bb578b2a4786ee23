package io.examday.harness.scenario;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A load scenario as read from {@code scenarios/*.yaml}. Every duration here is already divided by
 * {@code timeCompression}: the file states the exam as candidates live it, the model holds what the run plays.
 */
public record Scenario(
        Path file,
        String name,
        String description,
        Workload workload,
        double timeCompression,
        Cohort cohort,
        SignInWindow signIn,
        LobbyPolling lobby,
        StartStorm start,
        ExamShape exam,
        SubmitPlan submit,
        ResultReading results,
        Staff proctors,
        Staff authors,
        Connections connections,
        Optional<SessionLoss> sessionLoss,
        Rehearsal rehearsal,
        Credentials credentials,
        Browser browser,
        Optional<Attack> attack,
        Optional<FaultPlan> faults) {

    public Timetable timetable() {
        return Timetable.of(this);
    }

    public ImpliedLoad implied() {
        return ImpliedLoad.of(this, timetable());
    }
}
