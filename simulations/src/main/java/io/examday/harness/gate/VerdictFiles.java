package io.examday.harness.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code verdict.json} in a run folder: written by the gate, read by the report's trend and by baseline promotion. */
public final class VerdictFiles {

    public static final String FILE = "verdict.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private VerdictFiles() {}

    public static Path write(Verdict verdict, Path runDir) throws IOException {
        return Files.writeString(runDir.resolve(FILE), JSON.writeValueAsString(verdict) + "\n");
    }

    /** The verdict of a run folder, if the gate has judged it and the file reads. */
    public static Optional<Verdict> read(Path runDir) {
        Path file = runDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Verdict.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
