package io.examday.portal.proctor;

import io.examday.portal.attempt.AttemptSnapshot;

import java.time.Duration;
import java.time.Instant;

/** An attempt as a proctor's action leaves it; {@code extensionSeconds} is all its extensions together. */
record ProctoredAttempt(long attemptId, long examId, String username, String status, Instant startedAt,
                        Instant deadline, Instant submittedAt, Instant serverTime, long secondsLeft,
                        int extensionSeconds) {

    static ProctoredAttempt of(AttemptSnapshot attempt, Instant now) {
        return new ProctoredAttempt(attempt.attemptId(), attempt.examId(), attempt.username(), attempt.status().name(),
                attempt.startedAt(), attempt.deadline(), attempt.submittedAt(), now,
                Math.max(0, Duration.between(now, attempt.deadline()).toSeconds()), attempt.extensionSeconds());
    }
}
