package io.examday.portal.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The job queue's pace: how often it looks for work, how much it takes at once, how many jobs run together,
 * how often a failed job is retried and how long a taken job is reserved for its worker.
 */
@ConfigurationProperties("examday.jobs")
public record JobsProperties(Duration pollInterval, int batchSize, int maxTries, Duration sweepInterval, int workers,
                             Duration retryBackoff, Duration lease) {

    /** The wait before the next try after {@code tries} failed ones: doubling, from {@code retryBackoff}. */
    public Duration backoffAfter(int tries) {
        return retryBackoff.multipliedBy(1L << Math.min(Math.max(tries - 1, 0), 16));
    }
}
