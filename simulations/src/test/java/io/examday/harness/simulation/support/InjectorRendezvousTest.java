package io.examday.harness.simulation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.examday.harness.journey.ExamCalendar;
import io.examday.harness.journey.RunEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectorRendezvousTest {

    @TempDir
    Path runDir;

    @Test
    void theFollowerStartsOnTheLeadersScheduleAndHandsBackItsEnd() throws Exception {
        InjectorRendezvous leader = new InjectorRendezvous(runDir, new InjectorSlice(0, 2));
        InjectorRendezvous follower = new InjectorRendezvous(runDir, new InjectorSlice(1, 2));
        Instant start = Instant.parse("2026-12-04T10:00:00Z");
        ExamCalendar.Dates dates = new ExamCalendar.Dates(start.plusSeconds(600), start.plusSeconds(3600),
                Optional.of(start.plusSeconds(900)), List.of(11L, 12L));
        RunEvents.Snapshot lived = new RunEvents.Snapshot(1, 2, 3, 4, 5, 6, 7);

        CompletableFuture<InjectorRendezvous.Schedule> followed = CompletableFuture.supplyAsync(() -> {
            follower.ready();
            return follower.awaitSchedule(Duration.ofSeconds(10));
        });
        leader.awaitFollowers(Duration.ofSeconds(10));
        leader.publish(InjectorRendezvous.Schedule.of(start, dates));
        InjectorRendezvous.Schedule schedule = followed.get();
        follower.finished(new InjectorRendezvous.Finish(42, lived));

        assertThat(schedule.start()).isEqualTo(start);
        assertThat(schedule.dates()).isEqualTo(dates);
        assertThat(leader.awaitFinishes(Duration.ofSeconds(10))).containsExactly(new InjectorRendezvous.Finish(42, lived));
    }

    @Test
    void aFollowerThatNeverStartsStopsTheLeaderWithItsName() {
        InjectorRendezvous leader = new InjectorRendezvous(runDir, new InjectorSlice(0, 3));
        new InjectorRendezvous(runDir, new InjectorSlice(1, 3)).ready();

        assertThatThrownBy(() -> leader.awaitFollowers(Duration.ofMillis(200)))
                .hasMessageContaining("injector 2 of 3 did not start");
    }
}
