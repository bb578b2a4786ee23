package io.examday.portal.attempt;

import io.examday.portal.exam.ExamSchedule;
import io.examday.portal.exam.ExamWindow;

import java.time.Duration;
import java.time.Instant;

/** The waiting room before an exam opens: the server's clock and the countdown, served without SQL. */
record Lobby(long examId, String title, Instant serverTime, Instant opensAt, Instant closesAt, ExamWindow state,
             long secondsToStart) {

    static Lobby of(ExamSchedule schedule, Instant now) {
        long toStart = Math.max(0, Duration.between(now, schedule.opensAt()).toSeconds());
        return new Lobby(schedule.examId(), schedule.title(), now, schedule.opensAt(), schedule.closesAt(),
                schedule.windowAt(now), toStart);
    }
}
