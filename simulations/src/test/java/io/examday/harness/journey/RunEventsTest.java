package io.examday.harness.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunEventsTest {

    @Test
    void whatAnotherInjectorLivedKeepsTheEarliestFirstsAndTheLatestLasts() {
        RunEvents leader = new RunEvents();
        leader.started(false);
        leader.submitted(false);
        long t = System.currentTimeMillis();
        RunEvents.Snapshot follower = new RunEvents.Snapshot(t + 60_000, t + 70_000, t - 60_000, Long.MAX_VALUE,
                t + 90_000, Long.MAX_VALUE, Long.MIN_VALUE);

        leader.absorb(follower);

        assertThat(leader.lastPunctualStart()).contains(Instant.ofEpochMilli(t + 60_000));
        assertThat(leader.lastStart()).contains(Instant.ofEpochMilli(t + 70_000));
        assertThat(leader.firstSubmit()).contains(Instant.ofEpochMilli(t - 60_000));
        assertThat(leader.lastSubmit()).contains(Instant.ofEpochMilli(t + 90_000));
        // Instants neither lived stay absent.
        assertThat(leader.firstRiderSubmit()).isEmpty();
        assertThat(leader.firstReSignIn()).isEmpty();
        assertThat(leader.snapshot()).isEqualTo(new RunEvents.Snapshot(t + 60_000, t + 70_000, t - 60_000, Long.MAX_VALUE,
                t + 90_000, Long.MAX_VALUE, Long.MIN_VALUE));
    }
}
