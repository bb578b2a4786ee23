package io.examday.portal.attempt;

import io.examday.portal.exam.ExamWindow;

import java.time.Instant;

/** An exam the candidate is enrolled in, with their attempt at it if they started one. */
record EnrolledExam(long examId, String code, String title, ExamWindow state, Instant opensAt, Instant closesAt,
                    int durationSeconds, Long attemptId, AttemptStatus attemptStatus) {

    /** Nothing left to do: the attempt is closed, or the window closed before or during it. */
    public boolean done() {
        return (attemptStatus != null && attemptStatus.closed()) || state == ExamWindow.CLOSED;
    }
}
