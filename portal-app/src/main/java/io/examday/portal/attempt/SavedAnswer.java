package io.examday.portal.attempt;

import java.time.Instant;

/** The reply to a save: what is stored now, and the deadline for the page's timer to resync. */
public record SavedAnswer(long questionId, long revision, Instant savedAt, Instant deadline, Instant serverTime,
                          long secondsLeft) {
}
