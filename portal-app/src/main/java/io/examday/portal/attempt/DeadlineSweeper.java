package io.examday.portal.attempt;

import io.examday.portal.jobs.JobsProperties;
import io.examday.portal.telemetry.StatementsPerJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Closes attempts whose deadline + grace + the in-flight limit has passed: they become AUTO_SUBMITTED with the
 * answers autosaved so far, and each batch is announced ({@link AttemptsAutoSubmitted}) in the transaction that
 * closes it, so grading is queued with it. The in-flight limit is there because a save is judged by its arrival: one
 * that arrived within the grace may still be waiting in the admission line, and it is worked on only within that
 * limit of its arrival ({@link AttemptProperties#closableBefore}). Several portals may sweep at once (SKIP LOCKED).
 * Like the job workers, it runs only where {@code examday.jobs.enabled} is on.
 */
@Component
@ConditionalOnBooleanProperty(name = JobsProperties.ENABLED, matchIfMissing = true)
public class DeadlineSweeper {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AttemptProperties attempts;
    private final JobsProperties jobs;
    private final StatementsPerJob statements;

    public DeadlineSweeper(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
                           AttemptProperties attempts, JobsProperties jobs, StatementsPerJob statements) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.attempts = attempts;
        this.jobs = jobs;
        this.statements = statements;
    }

    /** The kind its statements are counted under, beside the job queue's kinds. */
    public static final String KIND = "DEADLINE_SWEEP";

    /** Its SQL is counted as the job kind {@link #KIND}, one run a sweep. */
    @Scheduled(fixedDelayString = "${examday.jobs.sweep-interval}")
    public void sweep() {
        statements.count(KIND, this::sweepAll);
    }

    private void sweepAll() {
        int total = 0;
        List<AttemptSubmitted> swept;
        do {
            swept = sweepBatch(attempts.closableBefore(Instant.now()));
            total += swept.size();
        } while (swept.size() == jobs.batchSize());
        if (total > 0) {
            log.info("Auto-submitted {} attempts past their deadline", total);
        }
    }

    private List<AttemptSubmitted> sweepBatch(Instant cutoff) {
        return transactions.execute(status -> {
            List<AttemptSubmitted> swept = jdbc.sql("""
                            with swept as (
                                update attempt set status = 'AUTO_SUBMITTED', submitted_at = now()
                                where id in (select id from attempt where status = 'IN_PROGRESS' and deadline < ?
                                             order by deadline limit ? for update skip locked)
                                returning id, exam_id, candidate_id, deadline
                            )
                            select s.id, s.exam_id, u.username, s.deadline
                            from swept s join app_user u on u.id = s.candidate_id""")
                    .params(Timestamp.from(cutoff), jobs.batchSize())
                    .query((rs, n) -> new AttemptSubmitted(rs.getLong("exam_id"), rs.getString("username"),
                            rs.getLong("id"), AttemptStatus.AUTO_SUBMITTED, rs.getTimestamp("deadline").toInstant()))
                    .list();
            if (!swept.isEmpty()) {
                events.publishEvent(new AttemptsAutoSubmitted(swept));
            }
            return swept;
        });
    }
}
