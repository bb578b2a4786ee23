package io.examday.portal.jobs;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.DeadlineSweeper;
import io.examday.portal.attempt.ExamDay;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Background work records the SQL it ran under its kind, beside the per-request histogram. */
@PortalIntegrationTest
class JobStatementsTest {

    private static final String METER = "examday.sql.statements.per.job";

    @Autowired
    MeterRegistry registry;
    @Autowired
    DeadlineSweeper sweeper;

    private final ExamDay day;

    JobStatementsTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void gradingAnAttemptRecordsItsStatementsUnderTheGradeKind() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        List<Long> questions = ExamDay.questionIds(candidate, attemptId);
        assertThat(ExamDay.save(candidate, attemptId, questions.get(0), 1, "1").status()).isEqualTo(200);
        long gradedBefore = count(JobKind.GRADE.name());
        double statementsBefore = total(JobKind.GRADE.name());

        day.moveDeadline(attemptId, Instant.now().minus(Duration.ofMinutes(2)));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(JobKind.GRADE.name()) > gradedBefore);
        // Grading reads the attempt's answers and key and writes its result: never zero statements.
        assertThat(total(JobKind.GRADE.name()) - statementsBefore).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSweepRecordsItsStatementsUnderItsOwnKind() {
        long sweepsBefore = count(DeadlineSweeper.KIND);
        double statementsBefore = total(DeadlineSweeper.KIND);

        sweeper.sweep();

        assertThat(count(DeadlineSweeper.KIND)).isGreaterThan(sweepsBefore);
        assertThat(total(DeadlineSweeper.KIND)).isGreaterThan(statementsBefore);
    }

    private long count(String kind) {
        DistributionSummary summary = registry.find(METER).tag("kind", kind).summary();
        return summary == null ? 0 : summary.count();
    }

    private double total(String kind) {
        DistributionSummary summary = registry.find(METER).tag("kind", kind).summary();
        return summary == null ? 0 : summary.totalAmount();
    }
}
