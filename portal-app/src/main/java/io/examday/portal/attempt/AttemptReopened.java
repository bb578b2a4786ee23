package io.examday.portal.attempt;

import java.time.Instant;

/**
 * Staff reopened a closed attempt; it runs until {@code deadline}. Published inside the reopening transaction: its
 * result is withdrawn with it.
 */
public record AttemptReopened(long examId, String username, long attemptId, Instant deadline) {
}
