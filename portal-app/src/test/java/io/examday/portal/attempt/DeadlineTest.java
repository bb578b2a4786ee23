package io.examday.portal.attempt;

import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The server's deadline: min(start + duration + extra time, window close), plus a grace period for late arrivals. */
@PortalIntegrationTest
class DeadlineTest {

    @Autowired
    JdbcClient jdbc;

    private final ExamDay day;

    DeadlineTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void deadlineIsStartPlusDurationAndTheCandidatesExtraTime() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId, 600);

        var started = candidate.client().post("/api/exams/" + examId + "/attempts", "").json();

        Instant startedAt = Instant.parse(started.path("startedAt").asString());
        Instant deadline = Instant.parse(started.path("deadline").asString());
        assertThat(Duration.between(startedAt, deadline)).isEqualTo(Duration.ofSeconds(3600 + 600));
        assertThat(started.path("secondsLeft").asLong()).isCloseTo(4200L, within(10L));
    }

    @Test
    void windowCloseCapsTheDeadlineEvenWithExtraTime() {
        Instant closesAt = Instant.now().plus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
        long examId = day.exam(Instant.now().minus(Duration.ofMinutes(5)), closesAt, 3600, ExamDay.fourKinds());
        var candidate = day.enrolled(examId, 900);

        var started = candidate.client().post("/api/exams/" + examId + "/attempts", "").json();

        assertThat(Instant.parse(started.path("deadline").asString())).isEqualTo(closesAt);
    }

    @Test
    void saveWithinGraceAfterTheDeadlineIsAcceptedAndAfterGraceRefused() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();

        day.moveDeadline(attemptId, Instant.now().minusSeconds(30));
        var withinGrace = ExamDay.save(candidate, attemptId, questionId, 1, "2");
        assertThat(withinGrace.status()).as(withinGrace.body()).isEqualTo(200);
        assertThat(withinGrace.json().path("secondsLeft").asLong()).isZero();

        day.moveDeadline(attemptId, Instant.now().minusSeconds(90));
        var afterGrace = ExamDay.save(candidate, attemptId, questionId, 2, "3");
        assertThat(afterGrace.status()).isEqualTo(409);
        assertThat(afterGrace.code()).isEqualTo("deadline-passed");

        var kept = ExamDay.savedAnswer(candidate, attemptId, questionId);
        assertThat(kept.path("value").asInt()).isEqualTo(2);
        assertThat(kept.path("revision").asLong()).isEqualTo(1);
    }

    @Test
    void submitAfterDeadlineAndGraceIsRefusedAndWithinGraceAccepted() {
        long examId = day.openExam(ExamDay.fourKinds());
        var late = day.enrolled(examId);
        long lateAttempt = ExamDay.start(late, examId);
        var onTime = day.enrolled(examId);
        long onTimeAttempt = ExamDay.start(onTime, examId);

        day.moveDeadline(lateAttempt, Instant.now().minusSeconds(90));
        day.moveDeadline(onTimeAttempt, Instant.now().minusSeconds(30));

        var refused = late.client().post("/api/attempts/" + lateAttempt + "/submit", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("deadline-passed");
        var accepted = onTime.client().post("/api/attempts/" + onTimeAttempt + "/submit", "");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void savingToASubmittedAttemptIsRefusedAsClosed() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();
        assertThat(ExamDay.save(candidate, attemptId, questionId, 1, "1").status()).isEqualTo(200);
        assertThat(candidate.client().post("/api/attempts/" + attemptId + "/submit", "").status()).isEqualTo(200);

        var refused = ExamDay.save(candidate, attemptId, questionId, 2, "0");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("attempt-closed");
        assertThat(ExamDay.savedAnswer(candidate, attemptId, questionId).path("value").asInt()).isEqualTo(1);
    }

    @Test
    void startingBeforeTheWindowOpensOrAfterItClosesIsRefused() {
        long upcoming = day.exam(Instant.now().plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(3)), 3600,
                ExamDay.fourKinds());
        long past = day.exam(Instant.now().minus(Duration.ofHours(3)), Instant.now().minus(Duration.ofHours(1)), 3600,
                ExamDay.fourKinds());
        var candidate = day.enrolled(upcoming);
        day.fixtures().enrol(past, candidate.person().id(), 0);

        var early = candidate.client().post("/api/exams/" + upcoming + "/attempts", "");
        var late = candidate.client().post("/api/exams/" + past + "/attempts", "");

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("exam-not-open");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("exam-not-open");
        var lobby = candidate.client().get("/api/exams/" + upcoming + "/lobby").json();
        assertThat(lobby.path("state").asString()).isEqualTo("SCHEDULED");
        assertThat(lobby.path("secondsToStart").asLong()).isCloseTo(3600L, within(10L));
    }

    @Test
    void aCandidateWhoIsNotEnrolledCannotStart() {
        long examId = day.openExam(ExamDay.fourKinds());
        var stranger = day.signedIn(day.fixtures().candidate());

        var refused = stranger.client().post("/api/exams/" + examId + "/attempts", "");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("not-enrolled");
        assertThat(jdbc.sql("select count(*) from attempt where exam_id = ?").param(examId).query(Long.class).single())
                .isZero();
    }
}
