package io.examday.portal.jobs;

import io.examday.portal.Fixtures;
import io.examday.portal.proctor.AttemptRows;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A submitted attempt whose grading job gave up after two hours of "database down". */
record FailedGrading(long jobId, long attemptId, String candidate) {

    static FailedGrading of(JdbcClient jdbc, Fixtures fixtures) {
        Instant now = Instant.now();
        long examId = fixtures.publishedExam(now.minus(1, ChronoUnit.MINUTES), now.plus(2, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
        var candidate = fixtures.candidate();
        fixtures.enrol(examId, candidate.id(), 0);
        var rows = new AttemptRows(jdbc);
        long attemptId = rows.start(examId, candidate.id(), now.plus(30, ChronoUnit.MINUTES));
        rows.close(attemptId, "SUBMITTED", now);
        long jobId = jdbc.sql("""
                        insert into job (kind, attempt_id, status, tries, last_error, enqueued_at, finished_at)
                        values ('GRADE', ?, 'FAILED', 14, 'database down', now() - interval '2 hours', now())
                        returning id""")
                .param(attemptId).query(Long.class).single();
        return new FailedGrading(jobId, attemptId, candidate.username());
    }
}
