package io.examday.portal.attempt;

import java.time.Instant;

/**
 * An attempt was closed: by its candidate ({@link AttemptStatus#SUBMITTED}) or by the deadline sweep
 * ({@link AttemptStatus#AUTO_SUBMITTED}). Published inside the transaction that closes it, so a listener that writes
 * (grading queues its job) commits or rolls back with the close.
 */
public record AttemptSubmitted(long examId, String username, long attemptId, AttemptStatus status, Instant deadline) {
}
