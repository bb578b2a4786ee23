package io.examday.portal.jobs;

import io.examday.portal.stafflog.StaffAction;
import io.examday.portal.stafflog.StaffLog;
import io.examday.portal.stafflog.Touched;
import io.examday.portal.web.PortalProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The jobs that gave up, for an admin to read and requeue once the cause (an SMTP server down for hours, say) is
 * fixed. A requeued job starts afresh: tries from 0 and a new {@code retry-for} from now.
 */
@Service
class FailedJobs {

    /** The page and the API show the most recent failures; more would mean a fault to fix, not to page through. */
    static final int LISTED = 500;

    private final JdbcClient jdbc;
    private final StaffLog staffLog;

    FailedJobs(JdbcClient jdbc, StaffLog staffLog) {
        this.jdbc = jdbc;
        this.staffLog = staffLog;
    }

    List<FailedJob> newestFirst() {
        return jdbc.sql("""
                        select j.id, j.kind, j.attempt_id, e.code, u.username, j.tries, j.last_error, j.enqueued_at,
                               j.finished_at
                        from job j join attempt a on a.id = j.attempt_id join exam e on e.id = a.exam_id
                             join app_user u on u.id = a.candidate_id
                        where j.status = 'FAILED' order by j.finished_at desc, j.id desc limit ?""")
                .param(LISTED)
                .query((rs, n) -> new FailedJob(rs.getLong("id"), JobKind.valueOf(rs.getString("kind")),
                        rs.getLong("attempt_id"), rs.getString("code"), rs.getString("username"), rs.getInt("tries"),
                        rs.getString("last_error"), rs.getTimestamp("enqueued_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
                .list();
    }

    /** Puts a failed job back in the queue and records who did it and why in the staff log. */
    @Transactional
    void requeue(long jobId, String reason) {
        var touched = jdbc.sql("""
                        update job j set status = 'PENDING', tries = 0, run_after = now(), enqueued_at = now(),
                                         finished_at = null, last_error = null
                        from attempt a join app_user u on u.id = a.candidate_id
                        where j.id = ? and j.status = 'FAILED' and a.id = j.attempt_id
                        returning j.kind, a.exam_id, a.id as attempt_id, u.id as candidate_id, u.username""")
                .param(jobId)
                .query((rs, n) -> Map.entry(rs.getString("kind"), Touched.attempt(rs.getLong("exam_id"),
                        rs.getLong("attempt_id"), rs.getLong("candidate_id"), rs.getString("username"))))
                .optional()
                .orElseThrow(() -> notFailed(jobId));
        staffLog.record(StaffAction.JOB_REQUEUE, touched.getValue(), reason, Map.of("jobId", jobId, "kind", touched.getKey()));
    }

    private PortalProblem notFailed(long jobId) {
        boolean exists = jdbc.sql("select count(*) from job where id = ?").param(jobId).query(Long.class).single() > 0;
        return exists
                ? new PortalProblem(HttpStatus.CONFLICT, "job-not-failed", "Job " + jobId + " has not failed: only a failed job can be requeued.")
                : new PortalProblem(HttpStatus.NOT_FOUND, "job-not-found", "There is no job " + jobId + ".");
    }
}
