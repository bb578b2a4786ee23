package io.examday.portal.proctor;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.StatementBudget;
import io.examday.portal.identity.Role;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PortalIntegrationTest
class LiveViewTest {

    static final String ROUTE = "/api/proctor/exams/{examId}/live";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    LiveBoard board;
    @Autowired
    MeterRegistry meters;

    Fixtures fixtures;
    AttemptRows attempts;
    PortalClient proctor;
    long examId;
    Instant deadline = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        attempts = new AttemptRows(jdbc);
        proctor = ProctorSession.signedIn(port, fixtures, Role.PROCTOR);
        Instant now = Instant.now();
        examId = fixtures.publishedExam(now.minus(1, ChronoUnit.MINUTES), now.plus(2, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
    }

    @Test
    void liveViewCountsStartsAndSubmitsAndListsTheMostRecentlyActive() throws InterruptedException {
        var candidates = List.of(fixtures.candidate(), fixtures.candidate(), fixtures.candidate(), fixtures.candidate());
        candidates.forEach(c -> fixtures.enrol(examId, c.id(), 0));
        List<Long> started = new ArrayList<>();
        for (var candidate : candidates.subList(0, 3)) {
            long attemptId = attempts.start(examId, candidate.id(), deadline);
            board.attemptStarted(examId, candidate.username(), attemptId, deadline);
            started.add(attemptId);
            Thread.sleep(5);
        }
        attempts.close(started.getFirst(), "SUBMITTED", Instant.now());
        board.attemptSubmitted(examId, candidates.getFirst().username(), started.getFirst(), "SUBMITTED", deadline);
        Thread.sleep(5);
        board.activity(examId, candidates.get(1).username());
        // Activity reaches the board within one flush interval (examday.proctor.activity-flush-interval).
        await().atMost(Duration.ofSeconds(5)).until(() -> proctor.get("/api/proctor/exams/" + examId + "/live")
                .json().path("candidates").path(0).path("username").asString().equals(candidates.get(1).username()));

        JsonNode live = proctor.get("/api/proctor/exams/" + examId + "/live").json();

        assertThat(live.path("enrolled").asLong()).isEqualTo(4);
        assertThat(live.path("notStarted").asLong()).isEqualTo(1);
        assertThat(live.path("inProgress").asLong()).isEqualTo(2);
        assertThat(live.path("submitted").asLong()).isEqualTo(1);
        assertThat(live.path("serverTime").asString()).isNotEmpty();
        List<String> order = new ArrayList<>();
        live.path("candidates").forEach(c -> order.add(c.path("username").asString()));
        assertThat(order).containsExactly(candidates.get(1).username(), candidates.get(2).username(),
                candidates.get(0).username());
        JsonNode submitted = live.path("candidates").get(2);
        assertThat(submitted.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("attemptId").asLong()).isEqualTo(started.getFirst());
        assertThat(submitted.path("deadline").asString()).isEqualTo(deadline.toString());

        var limited = proctor.get("/api/proctor/exams/" + examId + "/live?limit=1").json();
        assertThat(limited.path("candidates").size()).isEqualTo(1);
    }

    @Test
    void aPollRunsAtMostOneStatementCachedOrNot() {
        fixtures.enrol(examId, fixtures.candidate().id(), 0);
        var budget = new StatementBudget(meters);

        for (int poll = 0; poll < 3; poll++) {
            assertThat(proctor.get("/api/proctor/exams/" + examId + "/live").status()).isEqualTo(200);
        }

        assertThat(budget.maxFor("GET", ROUTE)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void badLiveViewRequestsAreProblems() {
        assertThat(proctor.get("/api/proctor/exams/999999999/live").code()).isEqualTo("exam-not-found");
        var zero = proctor.get("/api/proctor/exams/" + examId + "/live?limit=0");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.code()).isEqualTo("invalid-limit");
        assertThat(proctor.get("/api/proctor/exams/" + examId + "/live?limit=many").status()).isEqualTo(400);
        assertThat(proctor.get("/api/proctor/exams/abc/live").status()).isEqualTo(400);
    }
}
