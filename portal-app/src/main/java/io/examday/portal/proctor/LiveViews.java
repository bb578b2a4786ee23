package io.examday.portal.proctor;

import io.examday.portal.enrolment.EnrolledCount;
import io.examday.portal.web.PortalProblem;
import org.springframework.stereotype.Service;

import java.time.Instant;

/**
 * Builds the live view from the Redis board and the cached enrolled count: a poll costs at most one SQL
 * statement (the count, when its cache entry has expired), however many candidates sit the exam.
 */
@Service
class LiveViews {

    private final LiveBoard board;
    private final EnrolledCount enrolledCount;
    private final ProctorProperties properties;

    LiveViews(LiveBoard board, EnrolledCount enrolledCount, ProctorProperties properties) {
        this.board = board;
        this.enrolledCount = enrolledCount;
        this.properties = properties;
    }

    public LiveView of(long examId, Integer limit) {
        int listed = limit == null ? properties.liveLimit() : limit;
        if (listed < 1 || listed > properties.maxLiveLimit()) {
            throw PortalProblem.badRequest("invalid-limit", "limit is from 1 to " + properties.maxLiveLimit() + ".");
        }
        long enrolled = enrolledCount.of(examId)
                .orElseThrow(() -> PortalProblem.notFound("exam-not-found", "No exam " + examId + "."));
        LiveBoard.Counts counts = board.counts(examId);
        var candidates = board.recent(examId, listed).stream()
                .map(e -> new LiveView.Candidate(e.username(), e.attemptId(), e.status(), e.lastActivity(), e.deadline()))
                .toList();
        long notStarted = Math.max(0, enrolled - counts.inProgress() - counts.submitted());
        return new LiveView(examId, enrolled, notStarted, counts.inProgress(), counts.submitted(), Instant.now(),
                candidates);
    }
}
