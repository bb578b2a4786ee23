package io.examday.harness.capacity;

import io.examday.harness.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The capacity search's steps as the {@code simulations/bin/capacity} loop takes them: plan, ask for the next cohort
 * size (with its scenario file written), record what its run showed, and write the page. Each step reads and
 * rewrites {@code capacity.json}, so a search can be read, or resumed, between any two runs.
 */
public final class CapacityRun {

    /** The next step: how many candidates, and the scenario file that runs them. */
    public record Next(int candidates, Path scenarioFile) {}

    private CapacityRun() {}

    public static Path plan(Path scenarioFile, String steps, Path dir) throws IOException {
        String scenario = ScenarioFile.load(scenarioFile).name();
        List<Integer> planned;
        try {
            planned = Arrays.stream(steps.trim().split("[\\s,]+")).map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("steps must be whole numbers of candidates, e.g. \"2000 5000 10000\": " + steps, e);
        }
        return CapacityFile.write(new CapacitySearch(scenarioFile.toString(), scenario, planned, List.of()), dir);
    }

    public static Optional<Next> next(Path dir) throws IOException {
        CapacitySearch search = CapacityFile.read(dir);
        OptionalInt next = search.next();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Path scenario = DerivedScenario.write(Path.of(search.scenarioFile()), next.getAsInt(), dir.resolve("scenarios"));
        return Optional.of(new Next(next.getAsInt(), scenario));
    }

    public static CapacityStep record(Path dir, int candidates, Path runDir) throws IOException {
        CapacityStep step = StepFigures.of(candidates, runDir);
        CapacityFile.write(CapacityFile.read(dir).with(step), dir);
        return step;
    }

    /** Writes the page; returns the search's answer in a sentence. */
    public static String report(Path dir) throws IOException {
        CapacitySearch search = CapacityFile.read(dir);
        Files.writeString(dir.resolve("index.html"), CapacityPage.render(search));
        return search.result();
    }
}
