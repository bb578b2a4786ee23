package io.examday.harness.run;

import io.examday.harness.sampling.ServerLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a run folder (simulations/RUN-FOLDER.md) into a {@link Run}. */
public final class RunFolder {

    /** Charts keep to about this many points whatever the run's length. */
    private static final int CHART_POINTS = 600;

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RunFolder() {}

    public static Run read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadRunFolder("no run folder at " + dir, null);
        }
        RunDescription description = json(dir.resolve("run.json"), RunDescription.class)
                .orElseThrow(() -> new BadRunFolder(dir.resolve("run.json") + " is missing: not a run folder", null));
        require(description.runId() != null && description.scenario() != null, dir, "runId and scenario");
        require(description.startedAt() != null, dir, "startedAt");
        require(description.expected() != null, dir, "expected");

        List<String> missing = new ArrayList<>();
        if (!hasFullLoad(description)) {
            missing.add("run.json fullLoad (the run never reached full load)");
        }
        Optional<ClientSummary> summary = json(present(dir, "client/summary.json", missing), ClientSummary.class);
        Optional<Timeline> timeline = timeline(present(dir, "client/timeline.csv", missing));
        Optional<Acknowledged> acknowledged = json(present(dir, "client/acknowledged.json", missing), Acknowledged.class);
        Optional<Audit> audit = json(present(dir, "server/audit.json", missing), Audit.class);
        Span whole = whole(description, timeline);
        Optional<LatencyLog> latency = latency(present(dir, "client/latency.hlog", missing), whole, full(description));
        Optional<LagLog> lag = lag(dir.resolve("client/lag.hlog"), whole);
        if (!Files.exists(ServerLog.SCRAPES.in(dir))) {
            missing.add("server/" + ServerLog.SCRAPES.file());
        }
        ServerHistory server;
        try {
            server = new ServerHistory(ServerLog.SCRAPES.read(dir));
        } catch (IllegalArgumentException e) {
            throw new BadRunFolder(e.getMessage(), e);
        }
        return new Run(dir, description, summary, timeline, latency, lag, acknowledged, audit, server, List.copyOf(missing));
    }

    /** startedAt to endedAt; a run whose simulation never finished ends at its last recorded second. */
    static Span whole(RunDescription description, Optional<Timeline> timeline) {
        Instant end = description.endedAt();
        if (end == null) {
            end = timeline.filter(t -> !t.rows().isEmpty())
                    .map(t -> Instant.ofEpochMilli(t.rows().getLast().epochMillis() + 1000))
                    .orElse(full(description).to() > description.startedAt().toEpochMilli()
                            ? Instant.ofEpochMilli(full(description).to()) : description.startedAt());
        }
        return Span.of(description.startedAt(), end);
    }

    /** The width of one chart point: a second, or more so that a long run still draws about 600 points. */
    public static long chartStepMillis(Span whole) {
        return Math.max(1000, (long) Math.ceil(whole.seconds() / CHART_POINTS) * 1000);
    }

    /** The full-load window; a run that never reached full load has an empty one at its start. */
    static Span full(RunDescription description) {
        if (!hasFullLoad(description)) {
            return Span.of(description.startedAt(), description.startedAt());
        }
        return Span.of(description.fullLoad().from(), description.fullLoad().to());
    }

    private static boolean hasFullLoad(RunDescription description) {
        RunDescription.Stretch full = description.fullLoad();
        return full != null && full.from() != null && full.to() != null;
    }

    static Optional<LatencyLog> latency(Path file, Span whole, Span full) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LatencyLog.read(file, whole.from(), full, chartStepMillis(whole)));
        } catch (IOException | RuntimeException e) {
            throw new BadRunFolder(file + ": not a readable HdrHistogram log: " + e.getMessage(), e);
        }
    }

    static Optional<LagLog> lag(Path file, Span whole) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LagLog.read(file, whole.from(), chartStepMillis(whole)));
        } catch (IOException | RuntimeException e) {
            throw new BadRunFolder(file + ": not a readable HdrHistogram log: " + e.getMessage(), e);
        }
    }

    private static Optional<Timeline> timeline(Path file) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Timeline.read(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new BadRunFolder(e.getMessage(), e);
        }
    }

    private static Path present(Path dir, String name, List<String> missing) {
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        missing.add(name);
        return null;
    }

    static <T> Optional<T> json(Path file, Class<T> type) {
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(file.toFile(), type));
        } catch (JacksonException e) {
            throw new BadRunFolder(file + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void require(boolean present, Path dir, String what) {
        if (!present) {
            throw new BadRunFolder(dir.resolve("run.json") + " lacks " + what, null);
        }
    }
}
