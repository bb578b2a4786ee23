package io.examday.portal.attempt;

import java.time.Instant;

/** A candidate's attempt was created: they pressed Start, and their time runs until {@code deadline}. */
public record AttemptStarted(long examId, String username, long attemptId, Instant deadline) {
}
