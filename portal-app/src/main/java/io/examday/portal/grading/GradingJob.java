package io.examday.portal.grading;

import io.examday.portal.exam.AnswerKey;
import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.jobs.JobHandler;
import io.examday.portal.jobs.JobKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;

/**
 * GRADE: scores a closed attempt's saved answers and writes its result, and announces it ({@link AttemptGraded}) in
 * the same transaction, where the PDF and the mail queue their jobs. An attempt reopened meanwhile is left alone; its
 * next submit queues grading again.
 */
@Component
class GradingJob implements JobHandler {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final ExamCatalog catalog;
    private final Grader grader;
    private final ApplicationEventPublisher events;

    GradingJob(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions, ExamCatalog catalog,
               Grader grader, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
        this.catalog = catalog;
        this.grader = grader;
        this.events = events;
    }

    @Override
    public JobKind kind() {
        return JobKind.GRADE;
    }

    @Override
    public void run(long attemptId) {
        transactions.executeWithoutResult(tx -> jdbc
                .sql("select exam_id from attempt where id = ? and status <> 'IN_PROGRESS' for share")
                .param(attemptId)
                .query(Long.class)
                .optional()
                .ifPresent(examId -> grade(attemptId, examId)));
    }

    private void grade(long attemptId, long examId) {
        AnswerKey key = catalog.answerKey(examId)
                .orElseThrow(() -> new IllegalStateException("Exam " + examId + " has no published key"));
        Map<Long, JsonNode> answers = new HashMap<>();
        jdbc.sql("select question_id, value::text as value from answer where attempt_id = ?")
                .param(attemptId)
                .query(rs -> {
                    answers.put(rs.getLong("question_id"), json.readTree(rs.getString("value")));
                });
        Score score = grader.grade(key, answers);
        jdbc.sql("""
                        insert into result (attempt_id, score, max_score, graded_at) values (?, ?, ?, now())
                        on conflict (attempt_id) do update
                            set score = excluded.score, max_score = excluded.max_score, graded_at = excluded.graded_at,
                                pdf = null""")
                .params(attemptId, score.points(), score.maxPoints())
                .update();
        events.publishEvent(new AttemptGraded(attemptId, examId, score));
    }
}
