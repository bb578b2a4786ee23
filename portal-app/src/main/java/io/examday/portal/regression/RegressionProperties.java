package io.examday.portal.regression;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Deliberate regressions, all off by default. The harness's own tests switch one on at a time to prove the
 * release gate fails on the right threshold: a cache that always misses, an N+1 query on the page read,
 * added latency on every API request, Redis cache entries that expire at once (behind in-process copies that
 * still hit; see {@link SharedCacheExpiresAtOnce}), and saves of a later revision acknowledged but not stored.
 */
@ConfigurationProperties("examday.regression")
record RegressionProperties(boolean cacheDisabled, boolean nPlusOne, Duration addedLatency,
                            boolean sharedCacheExpiresAtOnce, boolean unsavedRevisions) {

    public boolean addsLatency() {
        return addedLatency != null && !addedLatency.isZero();
    }
}
