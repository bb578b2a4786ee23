package io.examday.harness.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gatling's assertion results from its console ({@code gatling-console.log}), the only machine-readable judgement
 * Gatling OSS 3.15 leaves: {@code Global: 95th percentile of response time is less than 300 : false (actual : 412)}.
 */
final class GatlingConsole {

    /** One assertion line: what it is about (Global, or a request name), what it tested, and how it came out. */
    record Judgement(String path, String assertion, boolean passed, String actual) {

        boolean aboutP95() {
            return assertion.contains("95th percentile");
        }

        boolean aboutFailedCount() {
            return assertion.contains("failed") && assertion.contains("count");
        }

        boolean aboutFailedShare() {
            return assertion.contains("failed") && assertion.contains("percent");
        }
    }

    private static final Pattern LINE = Pattern.compile("^(.+?): (.+) : (true|false) \\(actual : ([^)]*)\\)\\s*$");
    private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

    private GatlingConsole() {}

    static List<Judgement> read(Path console) throws IOException {
        if (!Files.exists(console)) {
            return List.of();
        }
        List<Judgement> judgements = new ArrayList<>();
        for (String raw : Files.readAllLines(console)) {
            Matcher m = LINE.matcher(COLOUR.matcher(raw).replaceAll("").strip());
            if (m.matches()) {
                judgements.add(new Judgement(m.group(1).strip(), m.group(2), Boolean.parseBoolean(m.group(3)), m.group(4).strip()));
            }
        }
        return judgements;
    }
}
