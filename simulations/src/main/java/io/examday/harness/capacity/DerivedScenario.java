package io.examday.harness.capacity;

import io.examday.harness.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A step's scenario file: the searched scenario with only {@code cohort.candidates} changed, and a name of its own
 * ({@code exam-day-10k-at-12500}), so its runs are never compared with the scenario's baseline or trend.
 */
final class DerivedScenario {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private DerivedScenario() {}

    static String name(String scenario, int candidates) {
        return scenario + "-at-" + candidates;
    }

    /** Writes {@code dir/<name>.yaml} and checks that it reads as a scenario; returns its path. */
    static Path write(Path scenarioFile, int candidates, Path dir) throws IOException {
        JsonNode tree = YAML.readTree(scenarioFile.toFile());
        if (!(tree instanceof ObjectNode root) || !(root.get("cohort") instanceof ObjectNode cohort)) {
            throw new IllegalArgumentException(scenarioFile + ": not a cohort scenario (no cohort: section)");
        }
        String name = name(root.path("name").asString(""), candidates);
        root.put("name", name);
        cohort.put("candidates", candidates);
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "# Written by the capacity search from " + scenarioFile.getFileName()
                + ": the same shape with cohort.candidates " + candidates + ".\n" + YAML.writeValueAsString(root));
        ScenarioFile.load(file);
        return file;
    }
}
