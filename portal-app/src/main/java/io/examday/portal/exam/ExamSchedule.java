package io.examday.portal.exam;

import java.time.Duration;
import java.time.Instant;

/** What a lobby and a start need to know about an exam; cached, so the start spike reads no exam rows. */
public record ExamSchedule(long examId, String code, String title, boolean published, int version,
                           Instant opensAt, Instant closesAt, int durationSeconds,
                           int questionsPerPage, boolean shuffleQuestions, int questionCount) {

    public ExamWindow windowAt(Instant now) {
        if (!published || now.isBefore(opensAt)) {
            return ExamWindow.SCHEDULED;
        }
        return now.isBefore(closesAt) ? ExamWindow.OPEN : ExamWindow.CLOSED;
    }

    /** The earlier of start + duration + the candidate's extra time, and the window's close. */
    public Instant deadlineFor(Instant startedAt, int extraTimeSeconds) {
        Instant byDuration = startedAt.plus(Duration.ofSeconds((long) durationSeconds + extraTimeSeconds));
        return byDuration.isBefore(closesAt) ? byDuration : closesAt;
    }

    public int pageCount() {
        return Math.max(1, (questionCount + questionsPerPage - 1) / questionsPerPage);
    }
}
