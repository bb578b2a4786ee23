package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.threshold.Abort;
import io.examday.harness.threshold.BudgetTimes;
import io.examday.harness.threshold.Millis;
import io.examday.harness.threshold.MinRequests;
import io.examday.harness.threshold.Percent;
import io.examday.harness.threshold.RollingWindow;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The release file's abort conditions, second by second: over the last 60 s, more than 5 % failed or p95 over 10 × 300 ms. */
class AbortWatchTest {

    private static final long START = 1_764_900_000_000L;

    /** Seconds fed so far: the clock of the fed seconds. */
    private long fed;

    private final AbortWatch watch = AbortWatch.of(
            new Abort(RollingWindow.parse("60s"), MinRequests.of(100), Percent.parse("5%"), BudgetTimes.of(10)), Millis.parse("300ms"));

    @Test
    void aRunWhoseRequestsKeepFailingForAWholeWindowStops() {
        Optional<AbortWatch.Tripped> tripped = feed(watch, 60, 10, 1, 20);

        assertThat(tripped).hasValueSatisfying(t -> {
            assertThat(t.atMillis()).isEqualTo(START + 59_000);
            assertThat(t.condition()).isEqualTo("failed share above 5%");
            assertThat(t.figures()).isEqualTo("10.0% failed over the 60 s before, of 600 requests");
        });
        assertThat(watch.stopping()).isTrue();
    }

    @Test
    void failuresInsideTheShareDoNotStopTheRun() {
        assertThat(feed(watch, 120, 100, 4, 20)).isEmpty();
        assertThat(watch.stopping()).isFalse();
    }

    @Test
    void aPortalThatStopsAnsweringInTimeStops() {
        Optional<AbortWatch.Tripped> tripped = feed(watch, 60, 10, 0, 4_000);

        assertThat(tripped).hasValueSatisfying(t -> {
            assertThat(t.condition()).isEqualTo("p95 above 3,000 ms (10 times the budget)");
            assertThat(t.figure()).isBetween(3_990.0, 4_010.0);
        });
    }

    @Test
    void aSlowMinuteUnderTenTimesTheBudgetGoesOnToBeJudged() {
        assertThat(feed(watch, 120, 10, 0, 2_900)).isEmpty();
    }

    @Test
    void aWindowWithFewerRequestsThanTheMinimumStopsNothing() {
        assertThat(feed(watch, 120, 1, 1, 20)).isEmpty();
    }

    @Test
    void nothingStopsBeforeAWholeWindowHasPassed() {
        assertThat(feed(watch, 59, 100, 100, 20)).isEmpty();
        assertThat(feed(watch, 1, 100, 100, 20)).isPresent();
    }

    @Test
    void aRunGivenNoThresholdFileGoesToItsEnd() {
        AbortWatch never = AbortWatch.never();

        assertThat(feed(never, 120, 100, 100, 60_000)).isEmpty();
        assertThat(never.stopping()).isFalse();
    }

    @Test
    void aStoppedRunIsReportedOnce() {
        feed(watch, 60, 10, 10, 20);

        assertThat(feed(watch, 10, 10, 10, 20)).isEmpty();
        assertThat(watch.tripped()).isPresent();
    }

    /** Seconds of {@code perSecond} requests, {@code failed} of them failed, each taking {@code ms}; the first trip seen. */
    private Optional<AbortWatch.Tripped> feed(AbortWatch watch, int seconds, int perSecond, int failed, long ms) {
        Optional<AbortWatch.Tripped> first = Optional.empty();
        for (int s = 0; s < seconds; s++) {
            Histogram second = new Histogram(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS);
            second.recordValueWithCount(ms * 1_000, perSecond);
            Optional<AbortWatch.Tripped> now = watch.second(START + fed++ * 1_000L, perSecond, failed, second);
            if (first.isEmpty()) {
                first = now;
            }
        }
        return first;
    }
}
