package io.examday.harness.sampling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Prometheus text exposition format (0.0.4, and the OpenMetrics subset Micrometer writes): comments,
 * {@code # TYPE} lines, label sets with escaped values, {@code +Inf}/{@code -Inf}/{@code NaN} values and optional
 * timestamps. Histogram and summary parts ({@code _bucket}, {@code _count}, {@code _sum}) come out as ordinary samples;
 * their family's type is kept in {@link Exposition#types()}.
 */
public final class PrometheusText {

    private PrometheusText() {}

    /** The samples and the declared family types of one scrape. */
    public record Exposition(List<Sample> samples, Map<String, String> types) {}

    public static Exposition parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                readType(trimmed, types);
                continue;
            }
            try {
                samples.add(new LineReader(trimmed).sample());
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("line " + lineNumber + " is not a Prometheus sample: " + line, e);
            }
        }
        return new Exposition(List.copyOf(samples), Map.copyOf(types));
    }

    private static void readType(String comment, Map<String, String> types) {
        String[] words = comment.substring(1).strip().split("\\s+");
        if (words.length >= 3 && words[0].equals("TYPE")) {
            types.put(words[1], words[2]);
        }
    }

    /** Reads {@code name{label="value",...} value [timestamp]} one character at a time: label values may hold anything. */
    private static final class LineReader {
        private final String line;
        private int at;

        LineReader(String line) {
            this.line = line;
        }

        Sample sample() {
            String name = name();
            Map<String, String> labels = new LinkedHashMap<>();
            if (at < line.length() && line.charAt(at) == '{') {
                at++;
                labels(labels);
            }
            String[] rest = line.substring(at).strip().split("\\s+");
            if (rest.length == 0 || rest[0].isEmpty()) {
                throw new IllegalArgumentException("no value");
            }
            return new Sample(name, labels, number(rest[0]));
        }

        private String name() {
            int start = at;
            while (at < line.length() && (Character.isLetterOrDigit(line.charAt(at)) || line.charAt(at) == '_' || line.charAt(at) == ':')) {
                at++;
            }
            if (at == start) {
                throw new IllegalArgumentException("no metric name");
            }
            return line.substring(start, at);
        }

        private void labels(Map<String, String> labels) {
            while (true) {
                skipSpaces();
                if (line.charAt(at) == '}') {
                    at++;
                    return;
                }
                String key = name();
                skipSpaces();
                expect('=');
                skipSpaces();
                expect('"');
                labels.put(key, quoted());
                skipSpaces();
                if (line.charAt(at) == ',') {
                    at++;
                }
            }
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = line.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    char escaped = line.charAt(at++);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
        }

        private void expect(char c) {
            if (line.charAt(at) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at column " + (at + 1));
            }
            at++;
        }

        private void skipSpaces() {
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
        }
    }

    /** A sample value, or a label such as {@code le}, as a number; Prometheus spells infinity {@code +Inf}. */
    public static double number(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
