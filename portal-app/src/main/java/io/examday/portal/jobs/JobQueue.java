package io.examday.portal.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;

/**
 * The job table as a queue. Jobs are enqueued in the transaction that causes them, so they exist only if it
 * commits; workers take them with SKIP LOCKED and hold them by a lease rather than an open transaction.
 */
@Service
public class JobQueue {

    // A kind of job exists once per attempt; enqueuing again re-arms it (a reopened attempt is graded anew).
    private static final String REARM = """
            on conflict (kind, attempt_id) do update
                set status = 'PENDING', tries = 0, run_after = now(), last_error = null""";

    private final JdbcClient jdbc;
    private final JobsProperties properties;

    public JobQueue(JdbcClient jdbc, JobsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** A job taken by a worker; {@code tries} counts this one and fences off a stale worker's outcome. */
    public record ClaimedJob(long id, JobKind kind, long attemptId, int tries) {
    }

    public void enqueue(JobKind kind, long attemptId) {
        jdbc.sql("insert into job (kind, attempt_id) values (?, ?) " + REARM)
                .params(kind.name(), attemptId).update();
    }

    public void enqueueAll(JobKind kind, Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return;
        }
        jdbc.sql("insert into job (kind, attempt_id) select ?, unnest(?) " + REARM)
                .params(kind.name(), attemptIds.stream().mapToLong(Long::longValue).toArray())
                .update();
    }

    /** Takes up to {@code limit} due jobs and reserves them for one lease. */
    List<ClaimedJob> claim(int limit) {
        // The picked ids are materialized: as "id in (subquery)" the planner may rescan the subquery once per row it
        // joins, and each rescan locks and claims more rows, so a claim of 8 could take every due job.
        return jdbc.sql("""
                        with picked as materialized (
                            select id from job where status = 'PENDING' and run_after <= now()
                            order by run_after limit ? for update skip locked)
                        update job set tries = tries + 1, run_after = now() + make_interval(secs => ?)
                        from picked where job.id = picked.id
                        returning job.id, job.kind, job.attempt_id, job.tries""")
                .params(limit, properties.lease().toSeconds())
                .query((rs, n) -> new ClaimedJob(rs.getLong("id"), JobKind.valueOf(rs.getString("kind")),
                        rs.getLong("attempt_id"), rs.getInt("tries")))
                .list();
    }

    void done(ClaimedJob job) {
        jdbc.sql("update job set status = 'DONE', last_error = null where id = ? and tries = ? and status = 'PENDING'")
                .params(job.id(), job.tries()).update();
    }

    /** Retries later with a doubling backoff, or gives up after {@code max-tries}. */
    void failed(ClaimedJob job, String error) {
        boolean givingUp = job.tries() >= properties.maxTries();
        jdbc.sql("""
                        update job set status = ?, last_error = ?, run_after = now() + make_interval(secs => ?)
                        where id = ? and tries = ? and status = 'PENDING'""")
                .params(givingUp ? "FAILED" : "PENDING", error, properties.backoffAfter(job.tries()).toSeconds(),
                        job.id(), job.tries())
                .update();
    }
}
