package io.examday.portal.ops;

import io.examday.portal.web.PortalProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * What the database holds for some exams, counted in one statement: the gate's "nothing lost" check compares it
 * with what the load generator saw acknowledged.
 */
@Component
public class ExamAudit {

    public record Counts(long attempts, long inProgress, long submitted, long autoSubmitted, long answers, long graded,
                  long pendingJobs) {
    }

    private final JdbcClient jdbc;

    ExamAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counts of(List<String> examCodes) {
        String[] codes = examCodes.stream().map(String::trim).filter(c -> !c.isEmpty()).distinct().toArray(String[]::new);
        if (codes.length == 0) {
            throw PortalProblem.badRequest("exam-code-required", "Name the exams: ?examCode=LOAD-1 (repeatable).");
        }
        List<String> known = jdbc.sql("select code from exam where code = any(?::text[])").param(codes)
                .query(String.class).list();
        if (known.size() < codes.length) {
            List<String> unknown = new ArrayList<>(List.of(codes));
            unknown.removeAll(known);
            throw PortalProblem.notFound("exam-not-found", "No exam has the code " + String.join(", ", unknown) + ".");
        }
        return jdbc.sql("""
                        with attempts as (select a.id, a.status from attempt a join exam e on e.id = a.exam_id
                                          where e.code = any(?::text[]))
                        select count(*) as attempts,
                               count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                               count(*) filter (where status = 'SUBMITTED') as submitted,
                               count(*) filter (where status = 'AUTO_SUBMITTED') as auto_submitted,
                               (select count(*) from answer n where n.attempt_id in (select id from attempts)) as answers,
                               (select count(*) from result r where r.attempt_id in (select id from attempts)) as graded,
                               (select count(*) from job j where j.status = 'PENDING'
                                  and j.attempt_id in (select id from attempts)) as pending_jobs
                        from attempts""")
                .param(codes)
                .query((rs, n) -> new Counts(rs.getLong("attempts"), rs.getLong("in_progress"),
                        rs.getLong("submitted"), rs.getLong("auto_submitted"), rs.getLong("answers"),
                        rs.getLong("graded"), rs.getLong("pending_jobs")))
                .single();
    }
}
