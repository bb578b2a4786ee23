package io.examday.harness.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the portal acknowledged to the candidates, for {@code client/acknowledged.json}: attempts started, distinct
 * attempt-and-question answers saved with a 2xx, attempts submitted. The judge compares these with the portal's own
 * audit to prove nothing acknowledged was lost. Each virtual user reports a thing once, the first time.
 */
public final class Acknowledged {

    private final LongAdder starts = new LongAdder();
    private final LongAdder answers = new LongAdder();
    private final LongAdder submits = new LongAdder();

    public void started() {
        starts.increment();
    }

    public void answered() {
        answers.increment();
    }

    public void submitted() {
        submits.increment();
    }

    public record Counts(long starts, long answers, long submits) {}

    public Counts counts() {
        return new Counts(starts.sum(), answers.sum(), submits.sum());
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (var out = Files.newBufferedWriter(file)) {
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(out, counts());
        }
    }
}
