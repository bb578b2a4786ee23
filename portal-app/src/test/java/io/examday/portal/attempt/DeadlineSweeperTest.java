package io.examday.portal.attempt;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.proctor.LiveBoard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Attempts whose deadline and grace have passed are closed by the sweeper with the answers autosaved so far. */
@PortalIntegrationTest
class DeadlineSweeperTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlineSweeper sweeper;
    @Autowired
    LiveBoard liveBoard;
    @Autowired
    AttemptProperties attempts;

    private final ExamDay day;

    DeadlineSweeperTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void theScheduledSweepAutoSubmitsAPastDeadlineAttemptAndGradesItsAutosavedAnswers() {
        long examId = day.openExam(ExamDay.fourKinds());
        var vanished = day.enrolled(examId);
        long attemptId = ExamDay.start(vanished, examId);
        List<Long> questions = ExamDay.questionIds(vanished, attemptId);
        assertThat(ExamDay.save(vanished, attemptId, questions.get(0), 1, "1").status()).isEqualTo(200);
        assertThat(ExamDay.save(vanished, attemptId, questions.get(3), 1, "\"paris\"").status()).isEqualTo(200);

        day.moveDeadline(attemptId, Instant.now().minus(Duration.ofMinutes(2)));

        await().atMost(Duration.ofSeconds(20)).until(() -> day.attemptStatus(attemptId).equals("AUTO_SUBMITTED"));
        var attempt = vanished.client().get("/api/attempts/" + attemptId).json();
        assertThat(attempt.path("status").asString()).isEqualTo("AUTO_SUBMITTED");
        assertThat(ExamDay.savedAnswer(vanished, attemptId, questions.get(3)).path("value").asString()).isEqualTo("paris");
        assertThat(liveBoard.counts(examId).submitted()).isEqualTo(1);
        assertThat(liveBoard.counts(examId).inProgress()).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var result = vanished.client().get("/api/attempts/" + attemptId + "/result").json();
            assertThat(result.path("status").asString()).isEqualTo("GRADED");
            assertThat(result.path("score").asDouble()).isEqualTo(2.0);
            assertThat(result.path("maxScore").asDouble()).isEqualTo(6.0);
        });
    }

    @Test
    void anAttemptWithinItsGracePeriodIsLeftOpen() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        day.moveDeadline(attemptId, Instant.now().minusSeconds(20));

        sweeper.sweep();

        assertThat(day.attemptStatus(attemptId)).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("select count(*) from job where attempt_id = ?").param(attemptId).query(Long.class).single())
                .isZero();
    }

    /** A save that arrived within the grace may still wait in the admission line until the in-flight limit. */
    @Test
    void anAttemptPastItsGraceIsLeftOpenUntilTheInFlightLimitHasPassedToo() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        day.moveDeadline(attemptId, Instant.now().minus(attempts.grace()).minus(attempts.inFlightLimit().dividedBy(2)));

        sweeper.sweep();

        assertThat(day.attemptStatus(attemptId)).isEqualTo("IN_PROGRESS");
    }
}
