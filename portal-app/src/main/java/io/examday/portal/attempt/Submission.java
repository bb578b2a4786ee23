package io.examday.portal.attempt;

import io.examday.portal.identity.PortalUser;
import io.examday.portal.web.PortalProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Submits an attempt: one conditional update closes it, and {@link AttemptSubmitted} is published in the same
 * transaction, so what its listeners write (grading queues its job) exists only after a committed submit. Repeating
 * a submit answers the same receipt.
 */
@Service
class Submission {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final CandidateAttempts attempts;
    private final AttemptProperties properties;

    Submission(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
               CandidateAttempts attempts, AttemptProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.attempts = attempts;
        this.properties = properties;
    }

    private record Closed(long examId, Instant deadline, Instant submittedAt) {
    }

    public SubmitReceipt submit(long attemptId, PortalUser candidate, Instant arrivedAt) {
        Optional<Closed> closed = transactions.execute(status -> {
            Optional<Closed> row = jdbc.sql("""
                            update attempt set status = 'SUBMITTED', submitted_at = ?
                            where id = ? and candidate_id = ? and status = 'IN_PROGRESS' and deadline >= ?
                            returning exam_id, deadline, submitted_at""")
                    .params(Timestamp.from(arrivedAt), attemptId, candidate.id(),
                            Timestamp.from(properties.earliestOpenDeadline(arrivedAt)))
                    .query((rs, n) -> new Closed(rs.getLong("exam_id"), rs.getTimestamp("deadline").toInstant(),
                            rs.getTimestamp("submitted_at").toInstant()))
                    .optional();
            row.ifPresent(c -> events.publishEvent(new AttemptSubmitted(c.examId(), candidate.username(), attemptId,
                    AttemptStatus.SUBMITTED, c.deadline())));
            return row;
        });
        if (closed.isPresent()) {
            return new SubmitReceipt(attemptId, AttemptStatus.SUBMITTED, closed.get().submittedAt());
        }
        return repeated(attemptId, candidate, arrivedAt);
    }

    /**
     * Nothing changed: the candidate's own earlier submit (the same receipt again), or too late. A submit that
     * arrives after deadline + grace is refused whether or not the sweeper has closed the attempt yet, so the
     * answer does not depend on the sweeper's timing.
     */
    private SubmitReceipt repeated(long attemptId, PortalUser candidate, Instant arrivedAt) {
        Attempt attempt = attempts.find(attemptId, candidate);
        if (attempt.status() == AttemptStatus.SUBMITTED
                || (attempt.status().closed() && !properties.deadlinePassed(attempt.deadline(), arrivedAt))) {
            return new SubmitReceipt(attemptId, attempt.status(), attempt.submittedAt());
        }
        if (properties.deadlinePassed(attempt.deadline(), arrivedAt)) {
            throw PortalProblem.conflict("deadline-passed",
                    "The time for this attempt ran out at " + attempt.deadline() + "; it is submitted automatically.");
        }
        throw PortalProblem.conflict("submit-conflict", "The attempt changed while submitting; submit again.");
    }
}
