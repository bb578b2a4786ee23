package io.examday.portal.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The job queue's pace: how often it looks for work, how much it takes at once, how many jobs run together, how a
 * failed job is retried, how long a taken job is reserved for its worker and how often the queue is counted.
 *
 * @param enabled         whether this instance runs the job workers and the deadline sweep at all (off: web only;
 *                        the {@code seed} command turns it off)
 * @param retryBackoff    the wait after the first failure, doubled on every further one
 * @param retryBackoffCap the longest wait between two tries
 * @param retryFor        a failing job is retried until this long after it was enqueued, then marked FAILED: long
 *                        enough to outlast an SMTP or database outage rather than give up within minutes
 * @param countInterval   how often the worker counts waiting and failed jobs for the job metrics
 */
@ConfigurationProperties("examday.jobs")
public record JobsProperties(Duration pollInterval, int batchSize, Duration sweepInterval, int workers,
                             Duration retryBackoff, Duration retryBackoffCap, Duration retryFor, Duration lease,
                             Duration countInterval, @DefaultValue("true") boolean enabled) {

    /** The switch {@code enabled} binds from, for the beans that exist only where jobs run. */
    public static final String ENABLED = "examday.jobs.enabled";

    public JobsProperties {
        if (retryBackoff.toMillis() < 1 || retryBackoffCap.compareTo(retryBackoff) < 0) {
            throw new IllegalArgumentException(
                    "examday.jobs: retry-backoff must be positive and retry-backoff-cap at least retry-backoff");
        }
        if (retryFor.compareTo(retryBackoff) < 0) {
            throw new IllegalArgumentException("examday.jobs: retry-for must be at least retry-backoff");
        }
    }

    /** The wait before the next try after {@code tries} failed ones: doubling from {@code retryBackoff}, capped. */
    public Duration backoffAfter(int tries) {
        Duration doubled = retryBackoff.multipliedBy(1L << Math.min(Math.max(tries - 1, 0), 20));
        return doubled.compareTo(retryBackoffCap) > 0 ? retryBackoffCap : doubled;
    }
}
