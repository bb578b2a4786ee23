package io.examday.harness.recording;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the portal acknowledged to the candidates with a 2xx, by identity: each attempt whose start or submit was
 * confirmed, and per attempt and question the highest revision a save confirmed. The judge merges it, id by id,
 * with what the portal exported after the run. Kept per attempt in two small arrays (about 40 questions each), so
 * 20,000 candidates cost a few megabytes; a candidate's own requests are the only ones touching their attempt.
 */
public final class Acknowledged {

    static final String COUNTS_FILE = "acknowledged.json";
    static final String ATTEMPTS_FILE = "acknowledged-attempts.csv.gz";
    static final String ANSWERS_FILE = "acknowledged-answers.csv.gz";

    private final Map<Long, Attempt> attempts = new ConcurrentHashMap<>();

    public void started(long attemptId) {
        attempt(attemptId).started();
    }

    public void answered(long attemptId, long questionId, int revision) {
        attempt(attemptId).answered(questionId, revision);
    }

    public void submitted(long attemptId) {
        attempt(attemptId).submitted();
    }

    private Attempt attempt(long attemptId) {
        return attempts.computeIfAbsent(attemptId, id -> new Attempt());
    }

    /**
     * @param answers        distinct attempt-and-question pairs with a save acknowledged
     * @param laterRevisions of those, the pairs whose highest acknowledged revision is 2 or more
     */
    public record Counts(long starts, long answers, long laterRevisions, long submits) {}

    public Counts counts() {
        long starts = 0;
        long answers = 0;
        long later = 0;
        long submits = 0;
        for (Attempt attempt : attempts.values()) {
            synchronized (attempt) {
                starts += attempt.started ? 1 : 0;
                submits += attempt.submitted ? 1 : 0;
                answers += attempt.answers;
                for (int i = 0; i < attempt.answers; i++) {
                    later += attempt.revisions[i] >= 2 ? 1 : 0;
                }
            }
        }
        return new Counts(starts, answers, later, submits);
    }

    /**
     * Writes {@code acknowledged.json} (the counts), {@code acknowledged-attempts.csv.gz} and
     * {@code acknowledged-answers.csv.gz} into the client folder, rows in ascending id order (RUN-FOLDER.md).
     */
    public void write(Path clientDir) throws IOException {
        Files.createDirectories(clientDir);
        try (var out = Files.newBufferedWriter(clientDir.resolve(COUNTS_FILE))) {
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(out, counts());
        }
        long[] ids = attempts.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        try (Writer out = gzip(clientDir.resolve(ATTEMPTS_FILE))) {
            out.write("attemptId,started,submitted\n");
            for (long id : ids) {
                Attempt attempt = attempts.get(id);
                synchronized (attempt) {
                    out.write(id + "," + (attempt.started ? 1 : 0) + "," + (attempt.submitted ? 1 : 0) + "\n");
                }
            }
        }
        try (Writer out = gzip(clientDir.resolve(ANSWERS_FILE))) {
            out.write("attemptId,questionId,revision\n");
            for (long id : ids) {
                attempts.get(id).writeAnswers(id, out);
            }
        }
    }

    static Writer gzip(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** One attempt: flags, and question ids with their highest acknowledged revision in parallel arrays. */
    private static final class Attempt {

        private boolean started;
        private boolean submitted;
        private long[] questions = new long[8];
        private int[] revisions = new int[8];
        private int answers;

        synchronized void started() {
            started = true;
        }

        synchronized void submitted() {
            submitted = true;
        }

        synchronized void answered(long questionId, int revision) {
            for (int i = 0; i < answers; i++) {
                if (questions[i] == questionId) {
                    revisions[i] = Math.max(revisions[i], revision);
                    return;
                }
            }
            if (answers == questions.length) {
                questions = Arrays.copyOf(questions, answers * 2);
                revisions = Arrays.copyOf(revisions, answers * 2);
            }
            questions[answers] = questionId;
            revisions[answers] = revision;
            answers++;
        }

        synchronized void writeAnswers(long attemptId, Writer out) throws IOException {
            Integer[] order = new Integer[answers];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (x, y) -> Long.compare(questions[x], questions[y]));
            for (int i : order) {
                out.write(attemptId + "," + questions[i] + "," + revisions[i] + "\n");
            }
        }
    }
}
