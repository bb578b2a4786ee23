package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;

import io.examday.harness.endpoint.Due;
import io.examday.harness.endpoint.CandidateExamRoutes;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.scenario.LobbyPolling;
import io.examday.harness.scenario.StartStorm;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;

/**
 * The lobby page: loaded once, it asks for the exam's state every poll period; once the open is less than a period away it
 * counts down locally from the server's own clock, so every punctual candidate is ready at the open at once (the
 * thundering herd that {@link TakeExam} then releases). A candidate who finds the exam closed goes home.
 */
public final class Lobby {

    private final CandidateExamRoutes exams;
    private final Browsing browsing;
    private final Duration pollPeriod;

    public Lobby(CandidateExamRoutes exams, Browsing browsing, LobbyPolling polling) {
        this.exams = exams;
        this.browsing = browsing;
        this.pollPeriod = polling.pollPeriod();
    }

    public ChainBuilder chain() {
        return doIf(Sitting::carryingOn).then(
                exec(browsing.lobbyPage())
                        .doIf(Sitting::carryingOn).then(exec(exams.lobby()))
                        .asLongAs(s -> Sitting.carryingOn(s) && scheduled(s) && Sitting.millisToOpen(s) > pollPeriod.toMillis())
                        .on(exec(Due.waitFor(pollPeriod)).exec(exams.lobby()))
                        .doIf(s -> Sitting.carryingOn(s) && "CLOSED".equals(Sitting.lobbyState(s)))
                        .then(exec(s -> Sitting.stop(s, "exam closed before the candidate arrived")))
                        .doIf(s -> Sitting.carryingOn(s) && scheduled(s))
                        .then(Due.waitFor(s -> Duration.ofMillis(Math.max(0, Sitting.millisToOpen(s))).plus(StartStorm.CUSHION))));
    }

    private static boolean scheduled(Session s) {
        return "SCHEDULED".equals(Sitting.lobbyState(s));
    }
}
