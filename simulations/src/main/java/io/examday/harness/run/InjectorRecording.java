package io.examday.harness.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One injector's own recording of a run split over several JVMs ({@code injectors/<n>/}): its {@code client/} as
 * its recorder wrote it before the merge, its Gatling console and its Gatling report. The gate judges the merged
 * {@code client/}; these say what each injector delivered, and hold each Gatling against its own recorder.
 *
 * @param cohortShare the part of the cohort this injector played (its candidates over all)
 */
public record InjectorRecording(int index, Path dir, double cohortShare, Optional<ClientSummary> summary,
                                Optional<LatencyLog> latency, Optional<LagLog> lag) {

    /** Under the run folder; the recorder's merge writes the same name. */
    public static final String DIR = "injectors";

    public Path console() {
        return dir.resolve("gatling-console.log");
    }

    /** The injectors' folders of a split run ({@code injectors/<n>}), in index order; empty for a run of one injector. */
    public static List<Path> folders(Path runDir) {
        Path parent = runDir.resolve(DIR);
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("\\d+"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + parent, e);
        }
    }

    /** What each injector of a split run recorded; empty for a run of one injector. */
    public static List<InjectorRecording> of(Run run) {
        List<Path> dirs = folders(run.dir());
        long candidates = run.description().expected().candidates();
        List<InjectorRecording> injectors = new ArrayList<>();
        for (Path dir : dirs) {
            int index = Integer.parseInt(dir.getFileName().toString());
            // Candidate c plays in injector (c - 1) % n: the first (candidates % n) injectors have one more.
            long played = candidates / dirs.size() + (index < candidates % dirs.size() ? 1 : 0);
            Path client = dir.resolve("client");
            Optional<ClientSummary> summary = RunFolder.json(client.resolve("summary.json"), ClientSummary.class);
            Optional<LatencyLog> latency = Files.exists(client.resolve("latency.hlog"))
                    ? RunFolder.latency(client.resolve("latency.hlog"), run.whole(), run.full())
                    : Optional.empty();
            Optional<LagLog> lag = RunFolder.lag(client.resolve("lag.hlog"), run.whole());
            injectors.add(new InjectorRecording(index, dir, candidates == 0 ? 0 : (double) played / candidates,
                    summary, latency, lag));
        }
        return injectors;
    }
}
