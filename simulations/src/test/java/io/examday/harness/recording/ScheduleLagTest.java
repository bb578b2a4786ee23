package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleLagTest {

    private static final long DUE = Instant.parse("2026-12-02T09:00:00Z").toEpochMilli();

    @Test
    void aRequestSentAfterItsDueInstantLagsByTheDifferenceInMicroseconds() {
        Instant sent = Instant.ofEpochMilli(DUE).plusNanos(187_654_321);

        assertThat(ScheduleLag.micros(DUE, sent)).isEqualTo(187_654);
    }

    @Test
    void aRequestSentBeforeItsDueInstantIsOnTimeNotEarly() {
        Instant sent = Instant.ofEpochMilli(DUE - 3);

        assertThat(ScheduleLag.micros(DUE, sent)).isZero();
    }

    @Test
    void aRequestSentOnItsDueMillisecondHasNoLag() {
        assertThat(ScheduleLag.micros(DUE, Instant.ofEpochMilli(DUE))).isZero();
    }

    @Test
    void aWaitPlannedToEndLaterIsDueWhenPlanned() {
        assertThat(ScheduleLag.dueAt(DUE + 5_000, DUE)).isEqualTo(DUE + 5_000);
    }

    @Test
    void aTickThatFellDueWhileTheUserAwaitedASlowResponseIsDueWhenTheUserIsFreeAgain() {
        long responseArrived = DUE + 2_400;

        assertThat(ScheduleLag.dueAt(DUE, responseArrived))
                .as("the portal's slowness is not the injector's lateness").isEqualTo(responseArrived);
    }
}
