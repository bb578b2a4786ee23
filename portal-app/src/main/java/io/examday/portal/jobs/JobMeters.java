package io.examday.portal.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The job queue's metrics, per job kind: enqueued, done, retried and failed (given up) as counters, the time from
 * enqueue to done as a timer, and the jobs waiting and the failed ones still listed as gauges, which the worker
 * refreshes every {@code count-interval} from the table (a scrape never queries the database).
 */
@Component
class JobMeters {

    private final Map<JobKind, Counter> enqueued = new EnumMap<>(JobKind.class);
    private final Map<JobKind, Counter> done = new EnumMap<>(JobKind.class);
    private final Map<JobKind, Counter> retried = new EnumMap<>(JobKind.class);
    private final Map<JobKind, Counter> failed = new EnumMap<>(JobKind.class);
    private final Map<JobKind, Timer> latency = new EnumMap<>(JobKind.class);
    private final Map<JobKind, AtomicLong> waiting = new EnumMap<>(JobKind.class);
    private final Map<JobKind, AtomicLong> failedListed = new EnumMap<>(JobKind.class);

    JobMeters(MeterRegistry registry) {
        for (JobKind kind : JobKind.values()) {
            String tag = kind.name();
            enqueued.put(kind, Counter.builder("examday.jobs.enqueued").tag("kind", tag)
                    .description("Jobs enqueued by committed transactions").register(registry));
            done.put(kind, Counter.builder("examday.jobs.done").tag("kind", tag)
                    .description("Jobs done").register(registry));
            retried.put(kind, Counter.builder("examday.jobs.retried").tag("kind", tag)
                    .description("Failed tries that will be retried").register(registry));
            failed.put(kind, Counter.builder("examday.jobs.failed").tag("kind", tag)
                    .description("Jobs given up after examday.jobs.retry-for of failures").register(registry));
            latency.put(kind, Timer.builder("examday.jobs.latency").tag("kind", tag)
                    .description("From enqueue to done").publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofHours(3))
                    .register(registry));
            waiting.put(kind, new AtomicLong());
            failedListed.put(kind, new AtomicLong());
            Gauge.builder("examday.jobs.waiting", waiting.get(kind), AtomicLong::get).tag("kind", tag)
                    .description("Jobs waiting to run (PENDING), counted every count-interval").register(registry);
            Gauge.builder("examday.jobs.failed.listed", failedListed.get(kind), AtomicLong::get).tag("kind", tag)
                    .description("Jobs marked FAILED and not requeued, counted every count-interval").register(registry);
        }
    }

    /** Counted when the enqueuing transaction commits: a rolled-back submit enqueued nothing. */
    void enqueued(JobKind kind, long count) {
        if (count == 0) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueued.get(kind).increment(count);
                }
            });
        } else {
            enqueued.get(kind).increment(count);
        }
    }

    void done(JobKind kind, Duration sinceEnqueued) {
        done.get(kind).increment();
        latency.get(kind).record(sinceEnqueued);
    }

    void failedTry(JobKind kind, boolean givenUp) {
        (givenUp ? failed : retried).get(kind).increment();
    }

    void counted(JobKind kind, long waitingNow, long failedNow) {
        waiting.get(kind).set(waitingNow);
        failedListed.get(kind).set(failedNow);
    }
}
