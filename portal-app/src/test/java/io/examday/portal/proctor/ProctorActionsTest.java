package io.examday.portal.proctor;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import io.examday.portal.stafflog.StaffLogRows;
import io.examday.portal.stafflog.StaffSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ProctorActionsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    LiveBoard board;

    Fixtures fixtures;
    AttemptRows attempts;
    StaffLogRows staffLog;
    StaffSession proctorSession;
    PortalClient proctor;
    long examId;
    Fixtures.Person candidate;
    Instant deadline = Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        attempts = new AttemptRows(jdbc);
        staffLog = new StaffLogRows(jdbc);
        proctorSession = StaffSession.signedIn(port, fixtures, Role.PROCTOR);
        proctor = proctorSession.client();
        Instant now = Instant.now();
        examId = fixtures.publishedExam(now.minus(1, ChronoUnit.MINUTES), now.plus(2, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
        candidate = fixtures.candidate();
        fixtures.enrol(examId, candidate.id(), 0);
    }

    @Test
    void extensionMovesTheDeadlineInTheDatabaseAndOnTheLiveBoard() {
        long attemptId = started();

        var extended = proctor.post("/api/proctor/attempts/" + attemptId + "/extension",
                "{\"seconds\":600,\"reason\":\"Fire alarm in room 4\"}");

        assertThat(extended.status()).isEqualTo(200);
        assertThat(extended.json().path("extensionSeconds").asInt()).isEqualTo(600);
        Instant later = deadline.plusSeconds(600);
        assertThat(extended.json().path("deadline").asString()).isEqualTo(later.toString());
        assertThat(extended.json().path("username").asString()).isEqualTo(candidate.username());
        assertThat(extended.json().path("secondsLeft").asLong()).isGreaterThan(1800);
        assertThat(jdbc.sql("select deadline from attempt where id = ?").param(attemptId).query(Timestamp.class)
                .single().toInstant()).isEqualTo(later);
        var live = proctor.get("/api/proctor/exams/" + examId + "/live").json().path("candidates").get(0);
        assertThat(live.path("deadline").asString()).isEqualTo(later.toString());
    }

    @Test
    void anExtensionIsOneStaffLogRowNamingTheProctorTheAttemptAndTheReason() {
        long attemptId = started();

        assertThat(proctor.post("/api/proctor/attempts/" + attemptId + "/extension",
                "{\"seconds\":600,\"reason\":\"Fire alarm in room 4\"}").status()).isEqualTo(200);

        var rows = staffLog.ofAttempt(attemptId);
        assertThat(rows).hasSize(1);
        var row = rows.getFirst();
        assertThat(row.action()).isEqualTo("EXTENSION");
        assertThat(row.actorId()).isEqualTo(proctorSession.person().id());
        assertThat(row.actorUsername()).isEqualTo(proctorSession.person().username());
        assertThat(row.examId()).isEqualTo(examId);
        assertThat(row.candidateId()).isEqualTo(candidate.id());
        assertThat(row.candidateUsername()).isEqualTo(candidate.username());
        assertThat(row.reason()).isEqualTo("Fire alarm in room 4");
        assertThat(row.detail().path("seconds").asInt()).isEqualTo(600);
        assertThat(row.detail().path("deadline").asString()).isEqualTo(deadline.plusSeconds(600).toString());
    }

    @Test
    void reopenPutsASubmittedAttemptBackInProgressAndWithdrawsItsResult() {
        long attemptId = started();
        attempts.close(attemptId, "SUBMITTED", Instant.now());
        attempts.grade(attemptId, 1, 1);
        board.attemptSubmitted(examId, candidate.username(), attemptId, "SUBMITTED", deadline);

        var reopened = proctor.post("/api/proctor/attempts/" + attemptId + "/reopen",
                "{\"reason\":\"Submitted by mistake\"}");

        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.json().path("submittedAt").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from result where attempt_id = ?").param(attemptId)
                .query(Integer.class).single()).isZero();
        var live = proctor.get("/api/proctor/exams/" + examId + "/live").json();
        assertThat(live.path("inProgress").asLong()).isEqualTo(1);
        assertThat(live.path("submitted").asLong()).isZero();

        var again = proctor.post("/api/proctor/attempts/" + attemptId + "/reopen", "{\"reason\":\"Again\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("attempt-open");
        var rows = staffLog.ofAttempt(attemptId);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().action()).isEqualTo("REOPEN");
        assertThat(rows.getFirst().actorUsername()).isEqualTo(proctorSession.person().username());
        assertThat(rows.getFirst().reason()).isEqualTo("Submitted by mistake");
        assertThat(rows.getFirst().detail().path("previousStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(rows.getFirst().detail().path("extensionSeconds").asInt()).isZero();
    }

    @Test
    void badExtensionsAndUnknownAttemptsAreProblemsAndChangeNothing() {
        long attemptId = started();
        String route = "/api/proctor/attempts/" + attemptId + "/extension";

        assertThat(proctor.post(route, "{\"seconds\":0}").code()).isEqualTo("invalid-extension");
        assertThat(proctor.post(route, "{\"seconds\":90000}").code()).isEqualTo("invalid-extension");
        assertThat(proctor.post(route, "{}").code()).isEqualTo("invalid-extension");
        assertThat(proctor.post(route, "{\"seconds\":\"ten\"}").code()).isEqualTo("malformed-body");
        assertThat(proctor.post(route, "{\"seconds\":").code()).isEqualTo("malformed-body");
        assertThat(proctor.post(route, "{\"seconds\":1,\"pad\":\"%s\"}".formatted("x".repeat(300_000))).status())
                .isEqualTo(413);
        assertThat(proctor.post("/api/proctor/attempts/999999999/extension", "{\"seconds\":60}").code())
                .isEqualTo("attempt-not-found");
        assertThat(proctor.post("/api/proctor/attempts/999999999/reopen", "{\"reason\":\"r\"}").code())
                .isEqualTo("attempt-not-found");
        assertThat(proctor.post("/api/proctor/attempts/x/reopen", "").status()).isEqualTo(400);
        assertThat(jdbc.sql("select deadline from attempt where id = ?").param(attemptId).query(Timestamp.class)
                .single().toInstant()).isEqualTo(deadline);
        assertThat(staffLog.ofAttempt(attemptId)).isEmpty();
    }

    @Test
    void candidatesAndAuthorsAreRefusedOnProctorRoutesAndAdminsAreNot() {
        long attemptId = started();
        for (Role role : new Role[]{Role.CANDIDATE, Role.AUTHOR}) {
            var client = ProctorSession.signedIn(port, fixtures, role);
            assertThat(client.get("/api/proctor/exams/" + examId + "/live").status()).as(role.name()).isEqualTo(403);
            assertThat(client.post("/api/proctor/attempts/" + attemptId + "/extension", "{\"seconds\":60}").status())
                    .as(role.name()).isEqualTo(403);
            assertThat(client.post("/api/proctor/attempts/" + attemptId + "/reopen", "{\"reason\":\"r\"}").status())
                    .as(role.name()).isEqualTo(403);
            assertThat(client.get("/proctor").status()).as(role.name()).isEqualTo(403);
        }
        var admin = ProctorSession.signedIn(port, fixtures, Role.ADMIN);
        assertThat(admin.get("/api/proctor/exams/" + examId + "/live").status()).isEqualTo(200);
        assertThat(jdbc.sql("select deadline from attempt where id = ?").param(attemptId).query(Timestamp.class)
                .single().toInstant()).isEqualTo(deadline);
        assertThat(staffLog.ofAttempt(attemptId)).isEmpty();
    }

    private long started() {
        long attemptId = attempts.start(examId, candidate.id(), deadline);
        board.attemptStarted(examId, candidate.username(), attemptId, deadline);
        return attemptId;
    }
}
