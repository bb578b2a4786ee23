package io.examday.portal.jobs;

import io.examday.portal.Fixtures;
import io.examday.portal.proctor.AttemptRows;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A candidate's attempt at an open one-question exam, already submitted: what the job queue works on. */
record SubmittedAttempt(long attemptId, String candidate) {

    static SubmittedAttempt of(JdbcClient jdbc, Fixtures fixtures) {
        Instant now = Instant.now();
        long examId = fixtures.publishedExam(now.minus(1, ChronoUnit.MINUTES), now.plus(2, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
        var candidate = fixtures.candidate();
        fixtures.enrol(examId, candidate.id(), 0);
        var rows = new AttemptRows(jdbc);
        long attemptId = rows.start(examId, candidate.id(), now.plus(30, ChronoUnit.MINUTES));
        rows.close(attemptId, "SUBMITTED", now);
        return new SubmittedAttempt(attemptId, candidate.username());
    }
}
