package io.examday.harness.threshold;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds the line on which a field is written. Jackson reports where its parser stood when it gave up, which in YAML
 * is often the line after the offending one; re-reading the tokens finds the field's own line.
 */
final class FieldLine {

    private FieldLine() {}

    static OptionalInt of(ObjectMapper yaml, String text, List<String> path) {
        if (path.isEmpty()) {
            return OptionalInt.empty();
        }
        Deque<String> at = new ArrayDeque<>();
        try (JsonParser p = yaml.createParser(text)) {
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> at.addLast("");
                    case END_OBJECT, END_ARRAY -> at.pollLast();
                    case PROPERTY_NAME -> {
                        at.pollLast();
                        at.addLast(p.currentName());
                        if (List.copyOf(at).equals(path)) {
                            return OptionalInt.of(p.currentTokenLocation().getLineNr());
                        }
                    }
                    default -> { }
                }
            }
        } catch (JacksonException unreadable) {
            // The text is not even YAML; the caller falls back to Jackson's own location.
        }
        return OptionalInt.empty();
    }
}
