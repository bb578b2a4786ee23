package io.examday.portal.grading;

import io.examday.portal.attempt.AttemptReopened;
import io.examday.portal.attempt.AttemptSubmitted;
import io.examday.portal.attempt.AttemptsAutoSubmitted;
import io.examday.portal.jobs.JobKind;
import io.examday.portal.jobs.JobQueue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grading's side of the attempt's events. They are published inside the transaction that closes or reopens the
 * attempt, and these listeners run in it, so the job table is the outbox: a grading job exists exactly when the
 * submit committed, and a reopened attempt's result is withdrawn exactly when the reopen committed.
 */
@Component
class GradingQueue {

    private final JobQueue jobs;
    private final JdbcClient jdbc;

    GradingQueue(JobQueue jobs, JdbcClient jdbc) {
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    @EventListener
    void submitted(AttemptSubmitted attempt) {
        jobs.enqueue(JobKind.GRADE, attempt.attemptId());
    }

    /** A sweep's batch in one statement. */
    @EventListener
    void swept(AttemptsAutoSubmitted batch) {
        jobs.enqueueAll(JobKind.GRADE, batch.attempts().stream().map(AttemptSubmitted::attemptId).toList());
    }

    @EventListener
    void reopened(AttemptReopened attempt) {
        jdbc.sql("delete from result where attempt_id = ?").param(attempt.attemptId()).update();
    }
}
