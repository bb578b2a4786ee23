package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.examday.harness.endpoint.AttemptRoutes;
import io.examday.harness.endpoint.CandidateExamRoutes;
import io.examday.harness.endpoint.Due;
import io.examday.harness.endpoint.PageRoutes;
import io.examday.harness.endpoint.RecordedCall;
import io.examday.harness.endpoint.SessionRoutes;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.recording.Acknowledged;
import io.examday.harness.recording.ClientRecording;
import io.examday.harness.scenario.Scenario;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.SplittableRandom;
import java.util.function.IntToLongFunction;

/**
 * A candidate's whole exam day, from arrival to going home: {@link SignIn}, {@link Lobby}, {@link TakeExam},
 * {@link Submit}, {@link ReadResult}. Each candidate draws their fate and think times from their own random
 * sequence, seeded by their number, so the same scenario plays the same day every run.
 */
public final class ExamDay {

    private final Scenario scenario;
    private final ClientRecording recording;
    private final SignIn signIn;
    private final Lobby lobby;
    private final TakeExam takeExam;
    private final Submit submit;
    private final ReadResult readResult;
    private final ExamCalendar calendar;
    private final IntToLongFunction arrivalOffsetMillis;

    /**
     * @param arrivalOffsetMillis when each candidate (by roster number) is due to arrive, in milliseconds after the
     *                            first arrival, as the injection schedule plans it
     */
    public ExamDay(Scenario scenario, RecordedCall calls, ClientRecording recording, Acknowledged acknowledged,
            ExamCalendar calendar, RunEvents events, IntToLongFunction arrivalOffsetMillis) {
        this.scenario = scenario;
        this.recording = recording;
        this.calendar = calendar;
        this.arrivalOffsetMillis = arrivalOffsetMillis;
        SessionRoutes session = new SessionRoutes(calls);
        CandidateExamRoutes exams = new CandidateExamRoutes(calls);
        AttemptRoutes attempt = new AttemptRoutes(calls);
        Browsing browsing = new Browsing(new PageRoutes(calls), scenario.browser());
        this.signIn = new SignIn(session, exams, attempt, browsing, calendar, scenario.sessionLoss(), events);
        Autosaving autosaving = new Autosaving(attempt, signIn, acknowledged, scenario.exam().autosavePeriod());
        this.lobby = new Lobby(exams, browsing, scenario.lobby());
        this.takeExam = new TakeExam(exams, attempt, browsing, autosaving, signIn, scenario.exam(), scenario.start(),
                acknowledged, events);
        this.submit = new Submit(attempt, autosaving, signIn, scenario.submit(), acknowledged, events);
        this.readResult = new ReadResult(attempt, browsing, scenario.results());
    }

    /** Expects the roster's {@code candidate} number and credentials in the session. */
    public ChainBuilder candidate() {
        return exec(this::arrive)
                .exec(signIn.chain())
                .exec(lobby.chain())
                .exec(takeExam.chain())
                .exec(submit.chain())
                .exec(readResult.chain())
                .exec(session -> {
                    recording.candidateLeft();
                    return session;
                });
    }

    private Session arrive(Session s) {
        recording.candidateArrived();
        int candidate = s.getInt(Sitting.CANDIDATE);
        SplittableRandom random = new SplittableRandom(candidate * 0x9E3779B97F4A7C15L);
        return Due.arrivingAt(s, calendar.arrivalDue(arrivalOffsetMillis.applyAsLong(candidate))).set(Sitting.RANDOM, random)
                .set(Progress.FATE, Fate.draw(scenario.submit(), random))
                .set(Progress.LATE, candidate > scenario.signIn().punctual(scenario.cohort().candidates()));
    }
}
