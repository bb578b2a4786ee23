package io.examday.portal.jobs;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A failing job keeps being retried, with a capped backoff, until retry-for after its enqueue; then it is FAILED. */
@PortalIntegrationTest
class JobRetryTest {

    @Autowired
    JobQueue queue;
    @Autowired
    JobsProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MeterRegistry meters;

    @Test
    void aFailingJobIsRetriedUntilRetryForAfterItsEnqueueAndOnlyThenMarkedFailed() {
        long attemptId = submittedAttempt();
        // Enqueued and parked in one transaction, so the running worker never takes it during the test.
        long jobId = transactions.execute(status -> {
            queue.enqueue(JobKind.RESULT_PDF, attemptId);
            return jdbc.sql("update job set run_after = now() + interval '1 day' where attempt_id = ? and kind = 'RESULT_PDF' returning id")
                    .param(attemptId).query(Long.class).single();
        });
        double retriedBefore = counter("examday.jobs.retried");
        double failedBefore = counter("examday.jobs.failed");

        // Two hours of retries are allowed: an early failure is retried after the first backoff.
        var early = failTry(jobId, attemptId, 1);
        assertThat(early.status()).isEqualTo("PENDING");
        assertThat(early.secondsToNextTry()).isCloseTo(properties.retryBackoff().toSeconds(), within(2.0));

        // Late in its retry window, with a backoff that still fits: retried again.
        Duration left = properties.backoffAfter(3).plusSeconds(30);
        jdbc.sql("update job set enqueued_at = now() - make_interval(secs => ?) where id = ?")
                .params(properties.retryFor().minus(left).toSeconds(), jobId).update();
        assertThat(failTry(jobId, attemptId, 3).status()).isEqualTo("PENDING");

        // The capped backoff no longer fits in what is left of retry-for: given up, and listed.
        assertThat(failTry(jobId, attemptId, 20).status()).isEqualTo("FAILED");
        assertThat(jdbc.sql("select finished_at from job where id = ?").param(jobId).query(Timestamp.class).single()
                .toInstant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(counter("examday.jobs.retried") - retriedBefore).isEqualTo(2);
        assertThat(counter("examday.jobs.failed") - failedBefore).isEqualTo(1);
    }

    @Test
    void theBackoffDoublesFromTheFirstWaitUpToItsCap() {
        assertThat(properties.backoffAfter(1)).isEqualTo(properties.retryBackoff());
        assertThat(properties.backoffAfter(2)).isEqualTo(properties.retryBackoff().multipliedBy(2));
        assertThat(properties.backoffAfter(60)).isEqualTo(properties.retryBackoffCap());
        // The shipped settings outlast an hour's outage, as the origin plan's same-day result needs.
        assertThat(properties.retryFor()).isGreaterThanOrEqualTo(Duration.ofHours(1));
    }

    private record Outcome(String status, double secondsToNextTry) {
    }

    private Outcome failTry(long jobId, long attemptId, int tries) {
        jdbc.sql("update job set tries = ?, status = 'PENDING' where id = ?").params(tries, jobId).update();
        queue.failed(new JobQueue.ClaimedJob(jobId, JobKind.RESULT_PDF, attemptId, tries), "SMTP down");
        var outcome = jdbc.sql("select status, extract(epoch from run_after - now()) as wait from job where id = ?")
                .param(jobId).query((rs, n) -> new Outcome(rs.getString("status"), rs.getDouble("wait"))).single();
        // Parked again: the worker must not run it between the steps of this test.
        jdbc.sql("update job set run_after = now() + interval '1 day' where id = ? and status = 'PENDING'")
                .param(jobId).update();
        return outcome;
    }

    private double counter(String name) {
        return meters.get(name).tag("kind", JobKind.RESULT_PDF.name()).counter().count();
    }

    private long submittedAttempt() {
        return SubmittedAttempt.of(jdbc, new Fixtures(jdbc, passwords)).attemptId();
    }
}
