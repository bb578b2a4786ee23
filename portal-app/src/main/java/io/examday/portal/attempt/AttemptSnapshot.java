package io.examday.portal.attempt;

import java.time.Instant;

/**
 * An attempt's header row as it stands. {@code deadline} already includes extra time and extensions;
 * {@code extensionSeconds} is what proctors added, all extensions together.
 */
public record AttemptSnapshot(long attemptId, long examId, long candidateId, String username, AttemptStatus status,
                              Instant startedAt, Instant deadline, Instant submittedAt, int extensionSeconds) {
}
