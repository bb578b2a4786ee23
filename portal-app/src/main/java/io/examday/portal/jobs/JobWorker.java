package io.examday.portal.jobs;

import io.examday.portal.telemetry.StatementsPerJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs queued jobs on platform threads, at most {@code workers} at once so that a backlog of thousands of results
 * leaves the connection pool and the cores to candidates. Not virtual threads: a virtual thread is never preempted,
 * so a PDF being drawn would hold one of the request carriers for its whole length; the OS time-slices a platform
 * thread against them instead. Its own loop, not a scheduled task: draining a backlog takes minutes
 * and must not hold up the deadline sweeper on the shared scheduler thread.
 */
@Component
@ConditionalOnBooleanProperty(name = JobsProperties.ENABLED, matchIfMissing = true)
class JobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final JobQueue queue;
    private final JobsProperties properties;
    private final StatementsPerJob statements;
    private final Map<JobKind, JobHandler> handlers = new EnumMap<>(JobKind.class);
    private final Semaphore free;
    private long countedAt;
    private volatile ExecutorService threads;
    private volatile Thread loop;

    JobWorker(JobQueue queue, JobsProperties properties, List<JobHandler> handlers, StatementsPerJob statements) {
        this.queue = queue;
        this.properties = properties;
        this.statements = statements;
        this.free = new Semaphore(properties.workers());
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
    }

    /** Also called again after a stop: a paused context (tests) resumes its worker. */
    @Override
    public void start() {
        // As many threads as permits, kept: a thread started per job cost ~30,000 thread starts in a 10k submit storm.
        threads = Executors.newFixedThreadPool(properties.workers(),
                Thread.ofPlatform().name("examday-job-", 1).daemon().factory());
        // Assigned before it runs: the loop runs while it is the current one.
        loop = Thread.ofVirtual().name("examday-jobs").unstarted(this::poll);
        loop.start();
    }

    @Override
    public void stop() {
        Thread running = loop;
        loop = null;
        running.interrupt();
        try {
            running.join(TimeUnit.SECONDS.toMillis(5));
            threads.shutdown();
            // A job cut off here keeps its lease and runs again later; handlers are idempotent.
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }

    private void poll() {
        while (loop == Thread.currentThread()) {
            try {
                countWhenDue();
                if (!drain()) {
                    Thread.sleep(properties.pollInterval());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Taking jobs failed; trying again in {}", properties.pollInterval(), e);
                try {
                    Thread.sleep(properties.pollInterval());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    private void countWhenDue() {
        long now = System.nanoTime();
        if (countedAt == 0 || now - countedAt >= properties.countInterval().toNanos()) {
            countedAt = now;
            queue.count();
        }
    }

    /** Takes as many due jobs as there are free workers; true when it found a full batch (more may be due). */
    private boolean drain() throws InterruptedException {
        free.acquire();
        int taken = 1 + free.drainPermits();
        int wanted = Math.min(properties.batchSize(), taken);
        free.release(taken - wanted);
        List<JobQueue.ClaimedJob> jobs = List.of();
        try {
            jobs = queue.claim(wanted);
        } finally {
            // Each running job gives its permit back when it ends; the rest go back now, also when the claim failed.
            free.release(wanted - jobs.size());
        }
        jobs.forEach(job -> threads.execute(() -> run(job)));
        return jobs.size() == wanted;
    }

    private void run(JobQueue.ClaimedJob job) {
        try {
            JobHandler handler = handlers.get(job.kind());
            if (handler == null) {
                throw new IllegalStateException("No handler for " + job.kind());
            }
            statements.count(job.kind().name(), () -> {
                handler.run(job.attemptId());
                queue.done(job);
            });
        } catch (Exception e) {
            log.warn("Job {} {} for attempt {} failed (try {})", job.id(), job.kind(), job.attemptId(), job.tries(), e);
            queue.failed(job, String.valueOf(e));
        } finally {
            free.release();
        }
    }
}
