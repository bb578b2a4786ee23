package io.examday.portal.ops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What the database holds for some exams, counted in one statement: the gate's "nothing lost" check compares it
 * with what the load generator saw acknowledged.
 */
@Component
class ExamAudit {

    /**
     * @param failedJobs                     jobs given up after {@code examday.jobs.retry-for} of failures
     * @param lastJobDoneMillisAfterLastSubmit from the last submit (a candidate's or the sweeper's) to the last job
     *                                       done, in ms; null when no job is done; negative when all were done before
     */
    public record Counts(long attempts, long inProgress, long submitted, long autoSubmitted, long answers, long graded,
                         long pendingJobs, long failedJobs, Long lastJobDoneMillisAfterLastSubmit) {
    }

    private final JdbcClient jdbc;

    ExamAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counts of(List<String> examCodes) {
        String[] codes = ExamCodes.known(jdbc, examCodes);
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
                                  and j.attempt_id in (select id from attempts)) as pending_jobs,
                               (select count(*) from job j where j.status = 'FAILED'
                                  and j.attempt_id in (select id from attempts)) as failed_jobs,
                               (select (extract(epoch from max(j.finished_at) - max(a.submitted_at)) * 1000)::bigint
                                from job j join attempt a on a.id = j.attempt_id
                                where j.status = 'DONE' and a.id in (select id from attempts)) as jobs_done_after
                        from attempts""")
                .param(codes)
                .query((rs, n) -> new Counts(rs.getLong("attempts"), rs.getLong("in_progress"),
                        rs.getLong("submitted"), rs.getLong("auto_submitted"), rs.getLong("answers"),
                        rs.getLong("graded"), rs.getLong("pending_jobs"), rs.getLong("failed_jobs"),
                        rs.getObject("jobs_done_after", Long.class)))
                .single();
    }
}
