package io.examday.portal.jobs;

import io.examday.portal.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A submitted attempt whose grading job gave up after two hours of "database down". */
record FailedGrading(long jobId, long attemptId, String candidate) {

    static FailedGrading of(JdbcClient jdbc, Fixtures fixtures) {
        var attempt = SubmittedAttempt.of(jdbc, fixtures);
        long jobId = jdbc.sql("""
                        insert into job (kind, attempt_id, status, tries, last_error, enqueued_at, finished_at)
                        values ('GRADE', ?, 'FAILED', 14, 'database down', now() - interval '2 hours', now())
                        returning id""")
                .param(attempt.attemptId()).query(Long.class).single();
        return new FailedGrading(jobId, attempt.attemptId(), attempt.candidate());
    }
}
