package io.examday.harness.threshold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a threshold file strictly: unknown fields, wrong types, missing fields and numbers without units are refused. */
public final class ThresholdFile {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ThresholdFile() {}

    public static Thresholds load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ThresholdFileException(file + ": no such threshold file", e);
        } catch (IOException e) {
            throw new ThresholdFileException(file + ": cannot read the threshold file (" + e + ")", e);
        }
        try {
            Thresholds thresholds = YAML.readValue(text, Thresholds.class);
            if (thresholds == null) {
                throw new ThresholdFileException(file + ":1: the threshold file is empty", null);
            }
            return thresholds;
        } catch (JacksonException e) {
            throw new ThresholdFileException(describe(file, text, e), e);
        }
    }

    private static String describe(Path file, String text, JacksonException e) {
        List<String> path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "")
                .toList();
        TokenStreamLocation at = e.getLocation();
        int line = FieldLine.of(YAML, text, path).orElse(at == null ? -1 : at.getLineNr());
        String field = String.join(".", path);
        return "%s:%s: field '%s': %s".formatted(
                file, line < 1 ? "?" : line, field.isEmpty() ? "(top level)" : field, reason(e));
    }

    /** Jackson's own message without its location trailer, and the real cause when a value refused itself. */
    private static String reason(JacksonException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException) {
            return root.getMessage();
        }
        String message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
