package io.examday.portal.attempt;

import java.time.Instant;

/** Staff gave an attempt more time; it now runs until {@code deadline}. */
public record DeadlineExtended(long examId, String username, long attemptId, Instant deadline) {
}
