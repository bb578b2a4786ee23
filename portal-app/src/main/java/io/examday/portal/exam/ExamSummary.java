package io.examday.portal.exam;

import java.time.Instant;

/** An exam as authors and proctors list it. */
public record ExamSummary(long examId, String code, String title, String description, ExamStatus status, int version,
                          int questionCount, Instant opensAt, Instant closesAt, int durationSeconds,
                          int questionsPerPage, boolean shuffleQuestions) {

    public boolean published() {
        return status == ExamStatus.PUBLISHED;
    }
}
