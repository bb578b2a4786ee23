package io.examday.portal.attempt;

import java.time.Instant;

/** The reply to a submit, the same however often it is repeated. */
record SubmitReceipt(long attemptId, AttemptStatus status, Instant submittedAt) {
}
