package io.examday.portal.jobs;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.proctor.AttemptRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that hangs holds neither a pooled connection nor the result's row lock for as long as it hangs, and
 * the mail is retried afterwards rather than lost.
 */
@PortalIntegrationTest
class MailOutageTest {

    @Value("${spring.mail.port}")
    int smtpPort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JobQueue queue;

    @Test
    void whileSmtpHangsNoTransactionIsOpenAndTheResultIsNotLockedThenTheMailIsRetried() throws Exception {
        try (var smtp = new HungSmtpServer(smtpPort)) {
            long attemptId = gradedAttempt();
            transactions.executeWithoutResult(status -> queue.enqueue(JobKind.RESULT_MAIL, attemptId));

            await().atMost(Duration.ofSeconds(20)).until(() -> smtp.connections() > 0);
            // Well inside the 10 s SMTP time limit, but long enough for a transaction held open to show as idle in one.
            Thread.sleep(1500);

            // The job is now waiting for the server's greeting: its Message-ID is stored, its connection returned.
            assertThat(jdbc.sql("select mail_message_id from result where attempt_id = ?").param(attemptId)
                    .query(String.class).single()).startsWith("<result-" + attemptId + ".");
            assertThat(jdbc.sql("""
                            select count(*) from pg_stat_activity
                            where datname = current_database() and pid <> pg_backend_pid()
                              and state in ('idle in transaction', 'idle in transaction (aborted)')
                              and state_change < now() - interval '1 second'""")
                    .query(Long.class).single()).isZero();
            Boolean lockedNow = transactions.execute(status -> jdbc.sql(
                            "select mailed_at is null from result where attempt_id = ? for update nowait")
                    .param(attemptId).query(Boolean.class).single());
            assertThat(lockedNow).isTrue();

            // The SMTP time limit ends the try; the job waits for its next one instead of failing for good.
            await().atMost(Duration.ofSeconds(40)).until(() -> jdbc.sql(
                            "select tries >= 1 and status = 'PENDING' and last_error is not null from job where attempt_id = ? and kind = 'RESULT_MAIL'")
                    .param(attemptId).query(Boolean.class).single());
            assertThat(jdbc.sql("select mailed_at is null from result where attempt_id = ?").param(attemptId)
                    .query(Boolean.class).single()).isTrue();
        }
    }

    private long gradedAttempt() {
        long attemptId = SubmittedAttempt.of(jdbc, new Fixtures(jdbc, passwords)).attemptId();
        new AttemptRows(jdbc).grade(attemptId, 1, 2);
        return attemptId;
    }
}
