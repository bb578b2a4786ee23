package io.examday.harness.scenario;

import java.util.List;
import java.util.Map;

/** A YAML value with the line it starts on, so every refusal can name where the author wrote the field. */
sealed interface YamlNode {

    int line();

    /** What the value is, in words for an error message. */
    String describe();

    /** A mapping; keys keep the order and the line they were written on. */
    record Mapping(int line, Map<String, Entry> entries) implements YamlNode {
        @Override
        public String describe() {
            return "a section";
        }
    }

    record Entry(int keyLine, YamlNode value) {}

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar as YAML typed it: text, whole number, decimal, true/false or null. */
    record Scalar(int line, Kind kind, String text) implements YamlNode {
        @Override
        public String describe() {
            return kind == Kind.TEXT ? "'" + text + "'" : text;
        }
    }

    enum Kind { TEXT, WHOLE, DECIMAL, FLAG, NULL }
}
