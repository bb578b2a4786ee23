package io.examday.harness.capacity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code capacity.json} in a capacity search's folder: the plan and every step so far, rewritten after each step. */
public final class CapacityFile {

    public static final String FILE = "capacity.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CapacityFile() {}

    public static CapacitySearch read(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            return JSON.readValue(file.toFile(), CapacitySearch.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not a capacity search (" + e.getOriginalMessage() + ")", e);
        }
    }

    public static Path write(CapacitySearch search, Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(FILE), JSON.writeValueAsString(search) + "\n");
    }
}
