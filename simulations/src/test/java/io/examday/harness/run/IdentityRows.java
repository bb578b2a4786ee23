package io.examday.harness.run;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The "nothing lost" identity files of a {@link RunFixture}: 1,000 attempts (ids 1001 to 2000) of five questions
 * (ids 1 to 5), question q acknowledged at revision 1 + q % 3, the first 990 attempts submitted, the rest
 * auto-submitted. The stored side holds the same, less what the knobs lose.
 */
record IdentityRows(long lostAnswers, Set<String> lostRevisions, Set<Long> lostSubmits, Set<Long> lostStarts,
                    boolean stored) {

    static final long FIRST_ATTEMPT = 1001;
    static final int ATTEMPTS = 1000;
    static final int QUESTIONS = 5;
    static final int SUBMITTED = 990;

    static String key(long attempt, long question) {
        return attempt + "/" + question;
    }

    void writeIn(Path dir) throws IOException {
        try (Writer attempts = gzip(dir.resolve("client/acknowledged-attempts.csv.gz"));
             Writer answers = gzip(dir.resolve("client/acknowledged-answers.csv.gz"))) {
            attempts.write("attemptId,started,submitted\n");
            answers.write("attemptId,questionId,revision\n");
            for (long attempt = FIRST_ATTEMPT; attempt < FIRST_ATTEMPT + ATTEMPTS; attempt++) {
                attempts.write(attempt + ",1," + (submitted(attempt) ? 1 : 0) + "\n");
                for (int question = 1; question <= QUESTIONS; question++) {
                    answers.write(attempt + "," + question + "," + revision(question) + "\n");
                }
            }
        }
        if (stored) {
            writeStored(dir);
        }
    }

    private void writeStored(Path dir) throws IOException {
        long dropped = 0;
        try (Writer attempts = gzip(dir.resolve("server/stored-attempts.csv.gz"));
             Writer answers = gzip(dir.resolve("server/stored-answers.csv.gz"))) {
            attempts.write("attemptId,examCode,status\n");
            answers.write("attemptId,questionId,revision\n");
            for (long attempt = FIRST_ATTEMPT; attempt < FIRST_ATTEMPT + ATTEMPTS; attempt++) {
                if (lostStarts.contains(attempt)) {
                    continue;
                }
                String status = !submitted(attempt) ? "AUTO_SUBMITTED" : lostSubmits.contains(attempt) ? "IN_PROGRESS" : "SUBMITTED";
                attempts.write(attempt + ",LOAD-1," + status + "\n");
                for (int question = 1; question <= QUESTIONS; question++) {
                    if (dropped < lostAnswers) {
                        dropped++;
                        continue;
                    }
                    int revision = revision(question) - (lostRevisions.contains(key(attempt, question)) ? 1 : 0);
                    answers.write(attempt + "," + question + "," + revision + "\n");
                }
            }
        }
    }

    private static boolean submitted(long attempt) {
        return attempt < FIRST_ATTEMPT + SUBMITTED;
    }

    private static int revision(int question) {
        return 1 + question % 3;
    }

    private static Writer gzip(Path file) throws IOException {
        return new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8);
    }
}
