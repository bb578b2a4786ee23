package io.examday.harness.recording;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Who signed in again after the portal answered 401 (their session lost), by identity: the username, the attempt
 * they were sitting (0 before they started one) and when. Written to {@code client/signed-in-again.csv}, where the
 * gate looks up each one's acknowledged answers among the stored ones.
 */
public final class SignedInAgain {

    public static final String FILE = "signed-in-again.csv";
    public static final String HEADER = "username,attemptId,atMillis";

    /** One sign-in after a lost session. */
    public record Return(String username, long attemptId, long atMillis) {}

    private final ConcurrentLinkedQueue<Return> returns = new ConcurrentLinkedQueue<>();

    public void signedIn(String username, long attemptId) {
        returns.add(new Return(username, attemptId, System.currentTimeMillis()));
    }

    public int count() {
        return returns.size();
    }

    /** Into {@code clientDir}/{@value #FILE}, in time order. */
    public void write(Path clientDir) throws IOException {
        List<Return> inOrder = returns.stream().sorted(Comparator.comparingLong(Return::atMillis)).toList();
        Files.createDirectories(clientDir);
        try (Writer out = Files.newBufferedWriter(clientDir.resolve(FILE))) {
            out.write(HEADER + "\n");
            for (Return r : inOrder) {
                out.write(r.username() + "," + r.attemptId() + "," + r.atMillis() + "\n");
            }
        }
    }
}
