package io.examday.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds to a run's {@code run.json} what only the script around the simulation knows once the simulation, which
 * writes the file, has ended: Gatling's exit status, the machine's speed after the run.
 */
final class RunJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RunJson() {}

    static void update(Path runDir, Consumer<ObjectNode> change) throws IOException {
        Path file = runDir.resolve("run.json");
        if (!Files.exists(file)) {
            throw new BadRunFolder(file + " is missing: the simulation ended before it wrote it", null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new BadRunFolder(file + ": " + e.getOriginalMessage(), e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw new BadRunFolder(file + " is not a JSON object", null);
        }
        change.accept(object);
        Files.writeString(file, JSON.writeValueAsString(object) + "\n");
    }
}
