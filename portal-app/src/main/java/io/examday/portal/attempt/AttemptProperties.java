package io.examday.portal.attempt;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Instant;

/**
 * How candidates' attempts are run: work arriving up to {@code grace} after the deadline still counts, the attempt
 * page autosaves every {@code autosavePeriod}, and a save is worked on at most {@code inFlightLimit} after it
 * arrived (the admission line's longest wait and a margin to run), which is also how long past deadline + grace the
 * sweeper leaves an attempt open. {@code extensionCap} bounds the time staff may add to one attempt, all extensions
 * together, a reopen's included.
 */
@ConfigurationProperties("examday.attempt")
public record AttemptProperties(Duration grace, Duration autosavePeriod, Duration inFlightLimit,
                                @DefaultValue("60m") Duration extensionCap) {

    /** Work arriving at {@code arrival} still counts for an attempt whose deadline is at or after this instant. */
    public Instant earliestOpenDeadline(Instant arrival) {
        return arrival.minus(grace);
    }

    public boolean deadlinePassed(Instant deadline, Instant arrival) {
        return deadline.isBefore(earliestOpenDeadline(arrival));
    }

    /**
     * The sweeper may close attempts whose deadline is before this instant: a save that could still count for them
     * arrived more than {@link #inFlightLimit} ago, so it is no longer worked on ({@link #tooLongInFlight}).
     */
    public Instant closableBefore(Instant now) {
        return earliestOpenDeadline(now.minus(inFlightLimit));
    }

    public boolean tooLongInFlight(Instant arrival, Instant now) {
        return Duration.between(arrival, now).compareTo(inFlightLimit) > 0;
    }
}
