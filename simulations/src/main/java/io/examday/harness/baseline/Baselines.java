package io.examday.harness.baseline;

import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Where baselines live (beside the run folders, in {@code reports/baselines/}) and how a run becomes one. */
public final class Baselines {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Baselines() {}

    /** The baseline file for a run's scenario: run folders sit in {@code reports/}, baselines in {@code reports/baselines/}. */
    public static Path fileFor(Run run) {
        Path reports = run.dir().toAbsolutePath().normalize().getParent();
        return reports.resolve("baselines").resolve(run.scenario() + ".json");
    }

    public static Optional<Baseline> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Baseline.class));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not a baseline: " + e.getOriginalMessage(), e);
        }
    }

    /** The baseline figures of a run, and the shape of the machine it ran on. */
    public static Baseline of(Run run, Clock clock) {
        Map<String, Double> p95 = new LinkedHashMap<>();
        run.latency().ifPresent(log -> {
            for (Window window : Window.values()) {
                Histogram all = log.all(window);
                if (all.getTotalCount() > 0) {
                    p95.put(window.word(), LatencyLog.millis(all.getValueAtPercentile(95)));
                }
            }
        });
        long requests = run.summary().map(s -> s.global().count()).orElse(0L);
        long peak = run.summary().map(s -> s.peakActiveUsers()).orElse(0L);
        ComparedFigures figures = ComparedFigures.of(run);
        return new Baseline(run.scenario(), run.description().runId(), run.description().startedAt(), clock.instant(),
                MachineShape.of(run.description()), MachineSpeed.of(run.description()).orElse(null), p95, figures.endpointP95Ms(), figures.endpointRequests(),
                figures.cpuPerRequestMs(), figures.statementsMean(), requests, peak);
    }

    public static Path write(Baseline baseline, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(baseline) + "\n");
        return file;
    }
}
