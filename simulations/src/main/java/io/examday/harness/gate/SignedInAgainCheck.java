package io.examday.harness.gate;

import io.examday.harness.recording.SignedInAgain;
import io.examday.harness.run.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A chaos run's candidates whose session was lost and who signed in again ({@code client/signed-in-again.csv}):
 * every answer acknowledged on their attempts, before the loss or after, is stored at its highest acknowledged
 * revision, by identity. A run in which nobody lost a session did not show this, and cannot pass on it.
 */
final class SignedInAgainCheck {

    static final String ID = "faults.signed-in-again";
    static final String FILE = "client/" + SignedInAgain.FILE;
    private static final String NAME = "Answers of the candidates who signed in again, stored";

    private SignedInAgainCheck() {}

    static Check check(Run run) {
        Path file = run.dir().resolve(FILE);
        if (!Files.exists(file)) {
            return Check.unmeasured(ID, NAME, Role.THRESHOLD, null, "every acknowledged one stored", "no " + FILE);
        }
        Set<String> candidates = new HashSet<>();
        Set<Long> attempts = new HashSet<>();
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.isEmpty() || !lines.getFirst().equals(SignedInAgain.HEADER)) {
                return Check.unmeasured(ID, NAME, Role.THRESHOLD, null, "every acknowledged one stored",
                        FILE + ":1: expected the header '" + SignedInAgain.HEADER + "'");
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",");
                candidates.add(fields[0]);
                long attempt = Long.parseLong(fields[1]);
                if (attempt > 0) {
                    attempts.add(attempt);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Check.unmeasured(ID, NAME, Role.THRESHOLD, null, "every acknowledged one stored", FILE + " unreadable: " + e.getMessage());
        }
        if (candidates.isEmpty()) {
            return Check.unmeasured(ID, NAME, Role.THRESHOLD, null, "every acknowledged one stored",
                    "no candidate lost a session and signed in again: the run did not show it");
        }
        Check answers = NothingLost.answers(run.dir(), ID, NAME, attempts::contains);
        // Staff (proctor, author) sign in again too; their rows carry no attempt.
        return answers.withNote("%,d users signed in again after a lost session, %,d of them candidates mid-attempt"
                .formatted(candidates.size(), attempts.size()));
    }
}
