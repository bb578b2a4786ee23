package io.examday.portal.jobs;

import java.time.Instant;

/** A job given up after {@code retry-for} of failures, as the admin's failed-jobs page and API list it. */
record FailedJob(long id, JobKind kind, long attemptId, String examCode, String candidateUsername, int tries,
                 String lastError, Instant enqueuedAt, Instant failedAt) {
}
