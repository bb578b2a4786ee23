package io.examday.portal.attempt;

import io.examday.portal.web.PortalProblem;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A candidate's attempt as the hot path reads it. {@code questionOrder} holds indexes into the exam's question
 * list (exam order), in the order this candidate sees them.
 */
public record Attempt(long attemptId, long examId, AttemptStatus status, Instant startedAt, Instant deadline,
                      Instant submittedAt, List<Integer> questionOrder) {

    static final String COLUMNS = "id, exam_id, status, started_at, deadline, submitted_at, question_order";

    static Attempt read(ResultSet rs, int row) throws SQLException {
        var submittedAt = rs.getTimestamp("submitted_at");
        Array order = rs.getArray("question_order");
        return new Attempt(rs.getLong("id"), rs.getLong("exam_id"), AttemptStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                submittedAt == null ? null : submittedAt.toInstant(),
                Arrays.stream((Integer[]) order.getArray()).toList());
    }

    public int questionCount() {
        return questionOrder.size();
    }

    public int pageCount(int questionsPerPage) {
        return Math.max(1, (questionCount() + questionsPerPage - 1) / questionsPerPage);
    }

    /** The exam-order indexes of the questions on a 1-based page, in the candidate's order. */
    public List<Integer> questionsOnPage(int page, int questionsPerPage) {
        if (page < 1 || page > pageCount(questionsPerPage)) {
            throw PortalProblem.notFound("page-not-found",
                    "Page " + page + " does not exist; this attempt has " + pageCount(questionsPerPage) + " pages.");
        }
        int from = (page - 1) * questionsPerPage;
        return questionOrder.subList(from, Math.min(from + questionsPerPage, questionCount()));
    }

    /** Whole seconds until the deadline, never negative: what the page's timer shows. */
    public long secondsLeft(Instant now) {
        return secondsLeft(deadline, now);
    }

    static long secondsLeft(Instant deadline, Instant now) {
        return Math.max(0, Duration.between(now, deadline).toSeconds());
    }
}
