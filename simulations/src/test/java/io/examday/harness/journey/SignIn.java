package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;

import io.examday.harness.endpoint.Due;
import io.examday.harness.endpoint.AttemptRoutes;
import io.examday.harness.endpoint.CandidateExamRoutes;
import io.examday.harness.endpoint.SessionRoutes;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.scenario.SessionLoss;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A candidate opens the sign-in page, signs in with their admission code and looks up their exam. In a login storm, every session is lost
 * at once mid-exam: each candidate notices at their next step, signs in again within the scenario's window, and
 * picks up where they were (attempt, deadline, the attempt page, the question page).
 */
public final class SignIn {

    private final SessionRoutes session;
    private final CandidateExamRoutes exams;
    private final AttemptRoutes attempt;
    private final Browsing browsing;
    private final ExamCalendar calendar;
    private final Optional<SessionLoss> loss;
    private final RunEvents events;

    public SignIn(SessionRoutes session, CandidateExamRoutes exams, AttemptRoutes attempt, Browsing browsing,
            ExamCalendar calendar, Optional<SessionLoss> loss, RunEvents events) {
        this.session = session;
        this.exams = exams;
        this.attempt = attempt;
        this.browsing = browsing;
        this.calendar = calendar;
        this.loss = loss;
        this.events = events;
    }

    public ChainBuilder chain() {
        return doIf(Sitting::carryingOn).then(
                exec(browsing.signInPage())
                        .doIf(Sitting::carryingOn).then(exec(session.signIn()))
                        .doIf(Sitting::carryingOn).then(exec(exams.myExams())));
    }

    /** Nothing unless this scenario loses sessions and the moment has come; then the re-sign-in. */
    ChainBuilder ifSessionLost() {
        if (loss.isEmpty()) {
            return exec(s -> s);
        }
        Duration window = loss.get().window();
        return doIf(this::lostJustNow).then(
                exec(flushCookieJar())
                        .exec(s -> s.set(Progress.RE_SIGNED_IN, true))
                        .exec(Due.waitFor(s -> Duration.ofMillis(Sitting.random(s).nextLong(window.toMillis() + 1))))
                        .exec(browsing.signInPage())
                        .doIf(Sitting::carryingOn).then(exec(session.signIn()))
                        .doIf(Sitting::carryingOn).then(exec(exams.myExams()))
                        .doIf(Sitting::carryingOn).then(exec(attempt.attempt()))
                        .doIf(Sitting::carryingOn).then(exec(s -> TakeExam.fixDeadline(s)))
                        .exec(browsing.attemptPage())
                        .doIf(Sitting::carryingOn).then(exec(attempt.page()))
                        .doIf(Sitting::carryingOn).then(exec(s -> {
                            events.reSignedIn();
                            return s;
                        })));
    }

    private boolean lostJustNow(Session s) {
        Optional<Instant> lossAt = calendar.dates().sessionLossAt();
        return Sitting.carryingOn(s) && !s.contains(Progress.RE_SIGNED_IN) && s.contains(Sitting.ATTEMPT_ID)
                && lossAt.isPresent() && Progress.now() >= lossAt.get().toEpochMilli();
    }
}
