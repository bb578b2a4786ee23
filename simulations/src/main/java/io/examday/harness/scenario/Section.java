package io.examday.harness.scenario;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One section of a scenario file being read: typed fields by name, each refusal naming the file, the field's line
 * and its dotted path. {@link #refuseUnknown()} afterwards turns a misspelt field into an error rather than a
 * silently ignored default.
 */
final class Section {

    private final String file;
    private final String path;
    private final int line;
    private final YamlNode.Mapping mapping;
    private final Set<String> read = new HashSet<>();

    /** @param line where the section's own name is written, for fields missing from it */
    private Section(String file, String path, int line, YamlNode.Mapping mapping) {
        this.file = file;
        this.path = path;
        this.line = line;
        this.mapping = mapping;
    }

    static Section root(String file, YamlNode node) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw new ScenarioException("%s:%d: a scenario file is a set of fields (name: …), not %s"
                    .formatted(file, node.line(), node.describe()));
        }
        return new Section(file, "", mapping.line(), mapping);
    }

    Section section(String name) {
        return optionalSection(name).orElseThrow(() -> missing(name));
    }

    Optional<Section> optionalSection(String name) {
        return value(name).map(node -> {
            if (node instanceof YamlNode.Mapping nested) {
                return new Section(file, field(name), mapping.entries().get(name).keyLine(), nested);
            }
            throw refusal(name, "must be a section of fields (was " + node.describe() + ")");
        });
    }

    String text(String name) {
        return optionalText(name).orElseThrow(() -> missing(name));
    }

    String text(String name, String absent) {
        return optionalText(name).orElse(absent);
    }

    private Optional<String> optionalText(String name) {
        return scalar(name, "text").map(scalar -> {
            if (scalar.kind() != YamlNode.Kind.TEXT || scalar.text().isBlank()) {
                throw refusal(name, "must be text (was " + scalar.describe() + ")");
            }
            return scalar.text();
        });
    }

    int wholeNumber(String name, int atLeast) {
        return optionalWholeNumber(name, atLeast).orElseThrow(() -> missing(name));
    }

    int wholeNumber(String name, int atLeast, int absent) {
        return optionalWholeNumber(name, atLeast).orElse(absent);
    }

    private Optional<Integer> optionalWholeNumber(String name, int atLeast) {
        return scalar(name, "a whole number").map(scalar -> {
            if (scalar.kind() != YamlNode.Kind.WHOLE) {
                throw refusal(name, "must be a whole number (was " + scalar.describe() + ")");
            }
            long value;
            try {
                value = Long.parseLong(scalar.text());
            } catch (NumberFormatException tooLong) {
                throw refusal(name, "is too large (was " + scalar.text() + ")");
            }
            if (value < atLeast) {
                throw refusal(name, "must be >= " + atLeast + " (was " + scalar.text() + ")");
            }
            if (value > Integer.MAX_VALUE) {
                throw refusal(name, "is too large (was " + scalar.text() + ")");
            }
            return (int) value;
        });
    }

    /** A number of at least {@code atLeast}; whole numbers are accepted where a decimal is expected. */
    double number(String name, double atLeast, double absent) {
        return scalar(name, "a number").map(scalar -> {
            double value = decimal(name, scalar);
            if (value < atLeast) {
                throw refusal(name, "must be >= " + plain(atLeast) + " (was " + scalar.text() + ")");
            }
            return value;
        }).orElse(absent);
    }

    /** A share of candidates, 0 to 1. */
    double fraction(String name, double absent) {
        return scalar(name, "a fraction").map(scalar -> {
            double value = decimal(name, scalar);
            if (value < 0 || value > 1) {
                throw refusal(name, "must be a fraction between 0 and 1 (was " + scalar.text() + ")");
            }
            return value;
        }).orElse(absent);
    }

    boolean flag(String name, boolean absent) {
        return scalar(name, "true or false").map(scalar -> {
            if (scalar.kind() != YamlNode.Kind.FLAG) {
                throw refusal(name, "must be true or false (was " + scalar.describe() + ")");
            }
            return Boolean.parseBoolean(scalar.text());
        }).orElse(absent);
    }

    Duration duration(String name) {
        return optionalDuration(name).orElseThrow(() -> missing(name));
    }

    Duration duration(String name, Duration absent) {
        return optionalDuration(name).orElse(absent);
    }

    /** A duration of more than zero. */
    Duration positiveDuration(String name) {
        Duration value = duration(name);
        if (value.isZero()) {
            throw refusal(name, "must be more than zero (was " + writtenAs(name) + ")");
        }
        return value;
    }

    private Optional<Duration> optionalDuration(String name) {
        return scalar(name, "a duration").map(scalar -> {
            if (scalar.text().startsWith("-")) {
                throw refusal(name, "must not be negative (was " + scalar.text() + ")");
            }
            return WrittenDuration.parse(scalar.text())
                    .filter(d -> scalar.kind() == YamlNode.Kind.TEXT)
                    .orElseThrow(() -> refusal(name, "must be a duration with a unit such as 500ms, 90s, 15m or 1h (was "
                            + scalar.describe() + ")"));
        });
    }

    /** One of a fixed set of words. */
    <E> E choice(String name, Map<String, E> words, E absent) {
        return optionalText(name).map(word -> {
            E chosen = words.get(word);
            if (chosen == null) {
                throw refusal(name, "must be one of " + String.join(", ", words.keySet()) + " (was '" + word + "')");
            }
            return chosen;
        }).orElse(absent);
    }

    boolean has(String name) {
        return mapping.entries().containsKey(name);
    }

    /** Refuses every field of this section that no reader asked for. */
    void refuseUnknown() {
        for (Map.Entry<String, YamlNode.Entry> entry : mapping.entries().entrySet()) {
            if (!read.contains(entry.getKey())) {
                throw new ScenarioException("%s:%d: field '%s' is not a known field%s".formatted(
                        file, entry.getValue().keyLine(), field(entry.getKey()),
                        read.isEmpty() ? "" : " (known here: " + String.join(", ", read.stream().sorted().toList()) + ")"));
            }
        }
    }

    /** An error about a field of this section, at that field's line (or the section's, when it is absent). */
    ScenarioException refusal(String name, String message) {
        YamlNode.Entry entry = mapping.entries().get(name);
        return new ScenarioException("%s:%d: field '%s' %s".formatted(file, entry == null ? line : entry.keyLine(),
                field(name), message));
    }

    /** A missing field; a key differing only in case is most likely it, misspelt, so the message points there. */
    private ScenarioException missing(String name) {
        return mapping.entries().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .findFirst()
                .map(entry -> refusal(name, "is required (line %d has '%s')".formatted(entry.getValue().keyLine(), entry.getKey())))
                .orElseGet(() -> refusal(name, "is required"));
    }

    private Optional<YamlNode> value(String name) {
        read.add(name);
        YamlNode.Entry entry = mapping.entries().get(name);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    private Optional<YamlNode.Scalar> scalar(String name, String expected) {
        return value(name).map(node -> {
            if (node instanceof YamlNode.Scalar scalar && scalar.kind() != YamlNode.Kind.NULL) {
                return scalar;
            }
            throw refusal(name, "must be " + expected + " (was " + node.describe() + ")");
        });
    }

    private double decimal(String name, YamlNode.Scalar scalar) {
        if (scalar.kind() != YamlNode.Kind.WHOLE && scalar.kind() != YamlNode.Kind.DECIMAL) {
            throw refusal(name, "must be a number (was " + scalar.describe() + ")");
        }
        return Double.parseDouble(scalar.text());
    }

    /** The value of a field exactly as written, for messages that compare it with another field. */
    String writtenAs(String name) {
        YamlNode.Entry entry = mapping.entries().get(name);
        return entry == null ? "(absent)" : entry.value() instanceof YamlNode.Scalar scalar ? scalar.text() : entry.value().describe();
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
