package io.examday.portal.attempt;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Instant;

/**
 * How candidates' attempts are run: work arriving up to {@code grace} after the deadline still counts, and the
 * attempt page autosaves every {@code autosavePeriod}.
 */
@ConfigurationProperties("examday.attempt")
public record AttemptProperties(Duration grace, Duration autosavePeriod) {

    /** Work arriving at {@code arrival} still counts for an attempt whose deadline is at or after this instant. */
    public Instant earliestOpenDeadline(Instant arrival) {
        return arrival.minus(grace);
    }

    public boolean deadlinePassed(Instant deadline, Instant arrival) {
        return deadline.isBefore(earliestOpenDeadline(arrival));
    }
}
