package io.examday.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds Gatling's exit status to a run's {@code run.json}: only the script that started Gatling knows it, after the
 * simulation (which writes run.json) has ended.
 */
public final class GatlingExit {

    public static final String FIELD = "gatlingExitStatus";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GatlingExit() {}

    public static void record(Path runDir, int status) throws IOException {
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
        object.put(FIELD, status);
        Files.writeString(file, JSON.writeValueAsString(object) + "\n");
    }
}
