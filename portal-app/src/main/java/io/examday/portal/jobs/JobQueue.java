package io.examday.portal.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The job table as a queue. Jobs are enqueued in the transaction that causes them, so they exist only if it
 * commits; workers take them with SKIP LOCKED and hold them by a lease rather than an open transaction.
 */
@Service
public class JobQueue {

    // A kind of job exists once per attempt; enqueuing again re-arms it (a reopened attempt is graded anew).
    private static final String REARM = """
            on conflict (kind, attempt_id) do update
                set status = 'PENDING', tries = 0, run_after = now(), last_error = null, enqueued_at = now(),
                    finished_at = null""";

    private final JdbcClient jdbc;
    private final JobsProperties properties;
    private final JobMeters meters;

    JobQueue(JdbcClient jdbc, JobsProperties properties, JobMeters meters) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.meters = meters;
    }

    /** A job taken by a worker; {@code tries} counts this one and fences off a stale worker's outcome. */
    public record ClaimedJob(long id, JobKind kind, long attemptId, int tries) {
    }

    public void enqueue(JobKind kind, long attemptId) {
        meters.enqueued(kind, jdbc.sql("insert into job (kind, attempt_id) values (?, ?) " + REARM)
                .params(kind.name(), attemptId).update());
    }

    public void enqueueAll(JobKind kind, Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return;
        }
        meters.enqueued(kind, jdbc.sql("insert into job (kind, attempt_id) select ?, unnest(?) " + REARM)
                .params(kind.name(), attemptIds.stream().mapToLong(Long::longValue).toArray())
                .update());
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

    /** Marks the job done, unless a later claim of it has taken over (its lease ran out), and counts it. */
    void done(ClaimedJob job) {
        jdbc.sql("""
                        update job set status = 'DONE', last_error = null, finished_at = now()
                        where id = ? and tries = ? and status = 'PENDING'
                        returning extract(epoch from now() - enqueued_at) as waited""")
                .params(job.id(), job.tries())
                .query((rs, n) -> Duration.ofNanos((long) (rs.getDouble("waited") * 1e9)))
                .optional()
                .ifPresent(waited -> meters.done(job.kind(), waited));
    }

    /**
     * Retries later with a doubling, capped backoff, or marks the job FAILED once the next try would come later than
     * {@code retry-for} after it was enqueued.
     */
    void failed(ClaimedJob job, String error) {
        jdbc.sql("""
                        with next as (
                            select id, now() + make_interval(secs => :backoff)
                                       > enqueued_at + make_interval(secs => :retryFor) as giving_up
                            from job where id = :id and tries = :tries and status = 'PENDING')
                        update job set status = case when next.giving_up then 'FAILED' else 'PENDING' end,
                                       finished_at = case when next.giving_up then now() end,
                                       last_error = :error, run_after = now() + make_interval(secs => :backoff)
                        from next where job.id = next.id and job.tries = :tries and job.status = 'PENDING'
                        returning next.giving_up""")
                .param("backoff", properties.backoffAfter(job.tries()).toMillis() / 1000.0)
                .param("retryFor", properties.retryFor().toMillis() / 1000.0)
                .param("id", job.id())
                .param("tries", job.tries())
                .param("error", error)
                .query((rs, n) -> rs.getBoolean(1))
                .optional()
                .ifPresent(givenUp -> meters.failedTry(job.kind(), givenUp));
    }

    /** Counts waiting and failed jobs per kind into the job metrics. */
    void count() {
        Map<JobKind, long[]> counts = new EnumMap<>(JobKind.class);
        for (JobKind kind : JobKind.values()) {
            counts.put(kind, new long[2]);
        }
        jdbc.sql("""
                        select kind, count(*) filter (where status = 'PENDING') as waiting,
                               count(*) filter (where status = 'FAILED') as failed
                        from job where status in ('PENDING', 'FAILED') group by kind""")
                .query(rs -> {
                    long[] row = counts.get(JobKind.valueOf(rs.getString("kind")));
                    row[0] = rs.getLong("waiting");
                    row[1] = rs.getLong("failed");
                });
        counts.forEach((kind, row) -> meters.counted(kind, row[0], row[1]));
    }
}
