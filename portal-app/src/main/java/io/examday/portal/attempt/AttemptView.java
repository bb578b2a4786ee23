package io.examday.portal.attempt;

import io.examday.portal.exam.ExamSchedule;

import java.time.Instant;

/** An attempt as the API shows it, with the server's time so the page's timer can resync. */
record AttemptView(long attemptId, long examId, AttemptStatus status, Instant startedAt, Instant deadline,
                   Instant serverTime, long secondsLeft, int pageCount, int questionCount) {

    static AttemptView of(Attempt attempt, ExamSchedule schedule, Instant now) {
        return new AttemptView(attempt.attemptId(), attempt.examId(), attempt.status(), attempt.startedAt(),
                attempt.deadline(), now, attempt.secondsLeft(now), attempt.pageCount(schedule.questionsPerPage()),
                attempt.questionCount());
    }
}
