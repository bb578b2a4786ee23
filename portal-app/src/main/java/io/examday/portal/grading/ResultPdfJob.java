package io.examday.portal.grading;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamSchedule;
import io.examday.portal.jobs.JobHandler;
import io.examday.portal.jobs.JobKind;
import io.examday.portal.jobs.JobQueue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * RESULT_PDF: renders a graded result's PDF into its result row, queued when the attempt is graded. Nothing to do if
 * the result was withdrawn.
 */
@Component
class ResultPdfJob implements JobHandler {

    private final JdbcClient jdbc;
    private final ExamCatalog catalog;
    private final ResultPdf pdf;
    private final JobQueue queue;

    ResultPdfJob(JdbcClient jdbc, ExamCatalog catalog, ResultPdf pdf, JobQueue queue) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.pdf = pdf;
        this.queue = queue;
    }

    /** In the grading transaction, before the mail's. */
    @EventListener
    @Order(1)
    void graded(AttemptGraded graded) {
        queue.enqueue(kind(), graded.attemptId());
    }

    @Override
    public JobKind kind() {
        return JobKind.RESULT_PDF;
    }

    private record Graded(long examId, String status, Instant submittedAt, String username,
                          String displayName, Score score, Instant gradedAt) {
    }

    @Override
    public void run(long attemptId) {
        jdbc.sql("""
                        select a.exam_id, a.status, a.submitted_at, u.username, u.display_name,
                               r.score, r.max_score, r.graded_at
                        from result r join attempt a on a.id = r.attempt_id join app_user u on u.id = a.candidate_id
                        where r.attempt_id = ?""")
                .param(attemptId)
                .query((rs, n) -> new Graded(rs.getLong("exam_id"), rs.getString("status"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getString("username"),
                        rs.getString("display_name"), new Score(rs.getDouble("score"), rs.getDouble("max_score")),
                        rs.getTimestamp("graded_at").toInstant()))
                .optional()
                .ifPresent(graded -> {
                    var exam = catalog.schedule(graded.examId());
                    var sheet = new ResultSheet(attemptId, graded.displayName(), graded.username(),
                            exam.map(ExamSchedule::code).orElse("#" + graded.examId()),
                            exam.map(ExamSchedule::title).orElse(""), graded.status(), graded.submittedAt(),
                            graded.score(), graded.gradedAt());
                    // Only for the grade it was rendered from: a regrade meanwhile renders its own.
                    jdbc.sql("update result set pdf = ? where attempt_id = ? and graded_at = ?")
                            .params(pdf.render(sheet), attemptId, Timestamp.from(graded.gradedAt()))
                            .update();
                });
    }
}
