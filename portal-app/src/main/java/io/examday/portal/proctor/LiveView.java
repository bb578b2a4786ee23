package io.examday.portal.proctor;

import java.time.Instant;
import java.util.List;

/** What a proctor sees of an exam in progress, all from Redis (see {@link LiveBoard}). */
record LiveView(long examId, long enrolled, long notStarted, long inProgress, long submitted, Instant serverTime,
                List<Candidate> candidates) {

    public record Candidate(String username, long attemptId, String status, Instant lastActivity, Instant deadline) {
    }
}
