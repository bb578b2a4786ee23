package io.examday.harness.simulation.support;

import io.examday.harness.journey.ExamCalendar;
import io.examday.harness.journey.RunEvents;
import io.examday.harness.run.InjectorRecording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the injector JVMs of a split run agree, through files in the run folder's {@code injectors/}: each follower
 * says it is ready; the leader, once all are, publishes one schedule (the instant the first arrival is due and the
 * exams' dates), so the sign-in window and the start storm stay one; at the end each follower hands over when its
 * load ended and the instants its candidates lived, so the leader writes run.json's real phases for the whole run.
 * A file is written under a temporary name and moved into place, so a reader never sees half of one.
 */
final class InjectorRendezvous {

    /** The leader's schedule, in epoch milliseconds ({@code sessionLossAt} 0: none). */
    record Schedule(long injectionStart, long opensAt, long lastDeadline, long sessionLossAt, List<Long> examIds) {

        static Schedule of(Instant injectionStart, ExamCalendar.Dates dates) {
            return new Schedule(injectionStart.toEpochMilli(), dates.opensAt().toEpochMilli(),
                    dates.lastDeadline().toEpochMilli(), dates.sessionLossAt().map(Instant::toEpochMilli).orElse(0L),
                    dates.examIds());
        }

        Instant start() {
            return Instant.ofEpochMilli(injectionStart);
        }

        ExamCalendar.Dates dates() {
            return new ExamCalendar.Dates(Instant.ofEpochMilli(opensAt), Instant.ofEpochMilli(lastDeadline),
                    sessionLossAt == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(sessionLossAt)),
                    List.copyOf(examIds));
        }
    }

    /** A follower's end: when its load ended, and what its candidates lived. */
    record Finish(long endedAt, RunEvents.Snapshot events) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(20);
    private static final String READY = "ready.json";
    private static final String FINISH = "finish.json";
    private static final String SCHEDULE = "schedule.json";

    private final Path runDir;
    private final InjectorSlice slice;

    InjectorRendezvous(Path runDir, InjectorSlice slice) {
        this.runDir = runDir;
        this.slice = slice;
    }

    /** A follower is up and waits for the schedule. */
    void ready() {
        write(slice.folder(runDir).resolve(READY), Instant.now().toEpochMilli());
    }

    /** The leader waits for every follower to be up, so none misses the start; a follower that never comes stops the run. */
    void awaitFollowers(Duration within) {
        Instant giveUp = Instant.now().plus(within);
        for (int i = 1; i < slice.count(); i++) {
            Path file = folder(i).resolve(READY);
            while (!Files.exists(file)) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("injector %d of %d did not start within %s (no %s): the split run cannot begin"
                            .formatted(i, slice.count(), within, file));
                }
                sleep(POLL);
            }
        }
    }

    void publish(Schedule schedule) {
        write(runDir.resolve(InjectorRecording.DIR).resolve(SCHEDULE), schedule);
    }

    Schedule awaitSchedule(Duration within) {
        Path file = runDir.resolve(InjectorRecording.DIR).resolve(SCHEDULE);
        Instant giveUp = Instant.now().plus(within);
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the leading injector published no schedule within " + within + " (" + file + ")");
            }
            sleep(POLL);
        }
        return JSON.readValue(file.toFile(), Schedule.class);
    }

    void finished(Finish finish) {
        write(slice.folder(runDir).resolve(FINISH), finish);
    }

    /** The followers' ends, as many as arrive {@code within}; a missing one is said on the console by the caller. */
    List<Finish> awaitFinishes(Duration within) {
        Instant giveUp = Instant.now().plus(within);
        List<Finish> finishes = new ArrayList<>();
        for (int i = 1; i < slice.count(); i++) {
            Path file = folder(i).resolve(FINISH);
            while (!Files.exists(file) && Instant.now().isBefore(giveUp)) {
                sleep(POLL.multipliedBy(50));
            }
            if (Files.exists(file)) {
                finishes.add(JSON.readValue(file.toFile(), Finish.class));
            }
        }
        return finishes;
    }

    private Path folder(int index) {
        return new InjectorSlice(index, slice.count()).folder(runDir);
    }

    private static void write(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(part, JSON.writeValueAsString(value));
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while injectors met", e);
        }
    }
}
