package io.examday.portal.grading;

import java.time.Instant;

/** What a result PDF states. */
record ResultSheet(long attemptId, String candidateName, String username, String examCode, String examTitle,
                   String status, Instant submittedAt, Score score, Instant gradedAt) {
}
