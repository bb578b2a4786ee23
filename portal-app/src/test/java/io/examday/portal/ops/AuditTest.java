package io.examday.portal.ops;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import io.examday.portal.proctor.AttemptRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class AuditTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    AttemptRows attempts;
    String code;
    String otherCode;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        attempts = new AttemptRows(jdbc);
        long examId = exam();
        code = codeOf(examId);
        Instant deadline = Instant.now().plus(1, ChronoUnit.HOURS);
        long writing = attempts.start(examId, fixtures.candidate().id(), deadline);
        long submitted = attempts.start(examId, fixtures.candidate().id(), deadline);
        long vanished = attempts.start(examId, fixtures.candidate().id(), deadline);
        attempts.close(submitted, "SUBMITTED", Instant.now());
        attempts.close(vanished, "AUTO_SUBMITTED", Instant.now());
        attempts.answer(writing, 1, "0");
        attempts.answer(submitted, 1, "1");
        attempts.answer(submitted, 2, "4");
        attempts.grade(submitted, 1, 3);
        attempts.job(submitted, "RESULT_PDF", "PENDING");
        attempts.job(submitted, "GRADE", "DONE");
        attempts.job(vanished, "GRADE", "PENDING");
        long otherExam = exam();
        otherCode = codeOf(otherExam);
        attempts.answer(attempts.start(otherExam, fixtures.candidate().id(), deadline), 1, "2");
    }

    @Test
    void auditCountsWhatTheDatabaseHoldsForTheExam() {
        JsonNode audit = admin().get("/api/ops/audit?examCode=" + code).json();

        assertThat(audit.path("attempts").asLong()).isEqualTo(3);
        assertThat(audit.path("inProgress").asLong()).isEqualTo(1);
        assertThat(audit.path("submitted").asLong()).isEqualTo(1);
        assertThat(audit.path("autoSubmitted").asLong()).isEqualTo(1);
        assertThat(audit.path("answers").asLong()).isEqualTo(3);
        assertThat(audit.path("graded").asLong()).isEqualTo(1);
        assertThat(audit.path("pendingJobs").asLong()).isEqualTo(2);
    }

    @Test
    void auditCountsFailedJobsAndTimesTheLastJobDoneFromTheLastSubmit() {
        long examId = exam();
        String codeWithJobs = codeOf(examId);
        Instant deadline = Instant.now().plus(1, ChronoUnit.HOURS);
        long early = attempts.start(examId, fixtures.candidate().id(), deadline);
        long late = attempts.start(examId, fixtures.candidate().id(), deadline);
        Instant lastSubmit = Instant.parse("2026-12-04T10:00:00Z");
        attempts.close(early, "SUBMITTED", lastSubmit.minusSeconds(600));
        attempts.close(late, "AUTO_SUBMITTED", lastSubmit);
        attempts.job(early, "GRADE", "DONE");
        attempts.job(late, "GRADE", "DONE");
        attempts.job(late, "RESULT_MAIL", "FAILED");
        jdbc.sql("update job set finished_at = ?::timestamptz where attempt_id = ? and kind = 'GRADE'")
                .params(lastSubmit.plusSeconds(95).toString(), late).update();
        jdbc.sql("update job set finished_at = ?::timestamptz where attempt_id = ? and kind = 'GRADE'")
                .params(lastSubmit.minusSeconds(500).toString(), early).update();

        JsonNode audit = admin().get("/api/ops/audit?examCode=" + codeWithJobs).json();
        JsonNode noJobsDone = admin().get("/api/ops/audit?examCode=" + otherCode).json();

        assertThat(audit.path("failedJobs").asLong()).isEqualTo(1);
        assertThat(audit.path("pendingJobs").asLong()).isZero();
        assertThat(audit.path("lastJobDoneMillisAfterLastSubmit").asLong()).isEqualTo(95_000);
        assertThat(noJobsDone.path("lastJobDoneMillisAfterLastSubmit").isNull()).isTrue();
    }

    @Test
    void auditSumsSeveralExams() {
        JsonNode both = admin().get("/api/ops/audit?examCode=" + code + "&examCode=" + otherCode).json();
        JsonNode listed = admin().get("/api/ops/audit?examCode=" + code + "," + otherCode).json();

        assertThat(both.path("attempts").asLong()).isEqualTo(4);
        assertThat(both.path("answers").asLong()).isEqualTo(4);
        assertThat(listed).isEqualTo(both);
    }

    @Test
    void onlyAdminsAuditAndBadCodesAreProblems() {
        for (Role role : new Role[]{Role.AUTHOR, Role.PROCTOR}) {
            var client = new PortalClient(port);
            client.signInWithPassword(fixtures.person(role).username(), Fixtures.PASSWORD);
            assertThat(client.get("/api/ops/audit?examCode=" + code).status()).as(role.name()).isEqualTo(403);
        }
        var candidate = fixtures.candidate();
        var client = new PortalClient(port);
        client.signInWithCode(candidate.username(), candidate.admissionCode());
        assertThat(client.get("/api/ops/audit?examCode=" + code).status()).isEqualTo(403);

        var unknown = admin().get("/api/ops/audit?examCode=" + code + ",NO-SUCH-EXAM");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("exam-not-found");
        assertThat(admin().get("/api/ops/audit").code()).isEqualTo("exam-code-required");
    }

    @Test
    void aNulCharacterInAnExamCodeIsAnInvalidCodeNotAConflict() {
        // Within the code: a trailing NUL is trimmed away like a space.
        var audit = admin().get("/api/ops/audit?examCode=" + code + "%00x");
        var export = admin().get("/api/ops/export/attempts?examCode=" + code + "%00x");

        assertThat(audit.status()).as(audit.body()).isEqualTo(400);
        assertThat(audit.code()).isEqualTo("invalid-exam-code");
        assertThat(export.status()).as(export.body()).isEqualTo(400);
        assertThat(export.code()).isEqualTo("invalid-exam-code");
    }

    private PortalClient admin() {
        var client = new PortalClient(port);
        assertThat(client.signInWithPassword(fixtures.person(Role.ADMIN).username(), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        return client;
    }

    private long exam() {
        Instant now = Instant.now();
        return fixtures.publishedExam(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
    }

    private String codeOf(long examId) {
        return jdbc.sql("select code from exam where id = ?").param(examId).query(String.class).single();
    }
}
