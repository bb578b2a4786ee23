package io.examday.portal.proctor;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Attempts, answers, results and jobs written straight to PostgreSQL, so staff-side tests do not depend on the
 * candidate API: these tests are about what staff see of them.
 */
public final class AttemptRows {

    private final JdbcClient jdbc;

    public AttemptRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(long examId, long candidateId, Instant deadline) {
        return jdbc.sql("""
                        insert into attempt (exam_id, candidate_id, status, started_at, deadline, question_order)
                        values (?, ?, 'IN_PROGRESS', now(), ?, '{0,1}') returning id""")
                .params(examId, candidateId, Timestamp.from(deadline)).query(Long.class).single();
    }

    public void close(long attemptId, String status, Instant submittedAt) {
        jdbc.sql("update attempt set status = ?, submitted_at = ? where id = ?")
                .params(status, Timestamp.from(submittedAt), attemptId).update();
    }

    public void answer(long attemptId, long questionId, String valueJson) {
        jdbc.sql("insert into answer (attempt_id, question_id, revision, value, saved_at) values (?, ?, 1, ?::jsonb, now())")
                .params(attemptId, questionId, valueJson).update();
    }

    public void grade(long attemptId, double score, double maxScore) {
        jdbc.sql("insert into result (attempt_id, score, max_score, graded_at) values (?, ?, ?, now())")
                .params(attemptId, score, maxScore).update();
    }

    public void job(long attemptId, String kind, String status) {
        // Due in an hour: the portal's own job workers run in the test context and must not take it meanwhile.
        jdbc.sql("insert into job (kind, attempt_id, status, run_after) values (?, ?, ?, now() + interval '1 hour')")
                .params(kind, attemptId, status).update();
    }
}
