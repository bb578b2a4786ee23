package io.examday.harness.gate;

import io.examday.harness.run.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * Every start, answer revision and submit the portal acknowledged to a client is in its database afterwards, judged
 * by identity: the client's record of what a 2xx confirmed ({@code client/acknowledged-*.csv.gz}) merged, id by id,
 * with what the portal exported after the run ({@code server/stored-*.csv.gz}). Both sides are sorted by id, so the
 * merge holds one row of each at a time whatever the run's size.
 */
final class NothingLost {

    static final String ACKNOWLEDGED_ATTEMPTS = "client/acknowledged-attempts.csv.gz";
    static final String ACKNOWLEDGED_ANSWERS = "client/acknowledged-answers.csv.gz";
    static final String STORED_ATTEMPTS = "server/stored-attempts.csv.gz";
    static final String STORED_ANSWERS = "server/stored-answers.csv.gz";

    private static final String STARTS = "nothing-lost.starts";
    private static final String ANSWERS = "nothing-lost.answers";
    private static final String SUBMITS = "nothing-lost.submits";
    private static final String STARTS_NAME = "Acknowledged starts stored as attempts";
    private static final String ANSWERS_NAME = "Acknowledged answers stored at their highest acknowledged revision";
    private static final String SUBMITS_NAME = "Acknowledged submits stored as SUBMITTED";
    /** The client accepted only a SUBMITTED receipt; AUTO_SUBMITTED is the sweeper closing an attempt whose submit was lost. */
    private static final String SUBMITTED = "SUBMITTED";

    private NothingLost() {}

    static List<Check> checks(Run run) {
        return Stream.concat(attempts(run.dir()).stream(), Stream.of(answers(run.dir()))).toList();
    }

    /** Starts and submits, from one merge of the acknowledged attempts with the stored ones. */
    private static List<Check> attempts(Path dir) {
        String missing = missing(dir, ACKNOWLEDGED_ATTEMPTS, STORED_ATTEMPTS);
        if (missing != null) {
            return List.of(unmeasured(STARTS, STARTS_NAME, missing), unmeasured(SUBMITS, SUBMITS_NAME, missing));
        }
        Mismatches lostStarts = new Mismatches();
        Mismatches lostSubmits = new Mismatches();
        try (CsvRows promised = CsvRows.open(dir.resolve(ACKNOWLEDGED_ATTEMPTS), "attemptId,started,submitted", 1);
             CsvRows held = CsvRows.open(dir.resolve(STORED_ATTEMPTS), "attemptId,examCode,status", 1)) {
            long startsAcknowledged = 0;
            long submitsAcknowledged = 0;
            boolean more = held.next();
            while (promised.next()) {
                long attempt = promised.number(0);
                while (more && held.number(0) < attempt) {
                    more = held.next();
                }
                String status = more && held.number(0) == attempt ? held.text(2) : null;
                if (promised.number(1) == 1) {
                    startsAcknowledged++;
                    if (status == null) {
                        lostStarts.add("attempt %d: start acknowledged, no attempt stored".formatted(attempt));
                    }
                }
                if (promised.number(2) == 1) {
                    submitsAcknowledged++;
                    if (!SUBMITTED.equals(status)) {
                        lostSubmits.add("attempt %d: submit acknowledged, stored %s".formatted(attempt,
                                status == null ? "no attempt" : status));
                    }
                }
            }
            return List.of(judged(STARTS, STARTS_NAME, startsAcknowledged, lostStarts),
                    judged(SUBMITS, SUBMITS_NAME, submitsAcknowledged, lostSubmits));
        } catch (IOException e) {
            return List.of(unmeasured(STARTS, STARTS_NAME, unreadable(e)), unmeasured(SUBMITS, SUBMITS_NAME, unreadable(e)));
        }
    }

    /** Per attempt and question, the stored revision is at least the highest one acknowledged; no row is a loss. */
    private static Check answers(Path dir) {
        return answers(dir, ANSWERS, ANSWERS_NAME, attempt -> true);
    }

    /**
     * The same comparison for some attempts only (a chaos run's candidates who signed in again), under its own id.
     *
     * @param judged the attempts whose acknowledged answers are looked up
     */
    static Check answers(Path dir, String id, String name, LongPredicate judged) {
        String missing = missing(dir, ACKNOWLEDGED_ANSWERS, STORED_ANSWERS);
        if (missing != null) {
            return unmeasured(id, name, missing);
        }
        Mismatches lost = new Mismatches();
        long acknowledged = 0;
        try (CsvRows promised = CsvRows.open(dir.resolve(ACKNOWLEDGED_ANSWERS), "attemptId,questionId,revision", 2);
             CsvRows held = CsvRows.open(dir.resolve(STORED_ANSWERS), "attemptId,questionId,revision", 2)) {
            boolean more = held.next();
            while (promised.next()) {
                long attempt = promised.number(0);
                if (!judged.test(attempt)) {
                    continue;
                }
                acknowledged++;
                long question = promised.number(1);
                long revision = promised.number(2);
                while (more && before(held.number(0), held.number(1), attempt, question)) {
                    more = held.next();
                }
                boolean found = more && held.number(0) == attempt && held.number(1) == question;
                if (!found || held.number(2) < revision) {
                    lost.add("attempt %d question %d: acknowledged revision %d, stored %s".formatted(attempt, question,
                            revision, found ? String.valueOf(held.number(2)) : "none"));
                }
            }
        } catch (IOException e) {
            return unmeasured(id, name, unreadable(e));
        }
        return judged(id, name, acknowledged, lost);
    }

    /** Measured: how many of the acknowledged are stored; the note names the first lost. */
    private static Check judged(String id, String name, long acknowledged, Mismatches lost) {
        return Check.judged(id, name, Role.THRESHOLD, null, Compare.AT_LEAST, Unit.COUNT, acknowledged,
                acknowledged - lost.count(), lost.note());
    }

    private static boolean before(long attempt, long question, long thanAttempt, long thanQuestion) {
        return attempt < thanAttempt || (attempt == thanAttempt && question < thanQuestion);
    }

    private static String missing(Path dir, String client, String server) {
        List<String> absent = Stream.of(client, server).filter(f -> !Files.exists(dir.resolve(f))).toList();
        return absent.isEmpty() ? null : "missing " + String.join(" and ", absent);
    }

    private static String unreadable(IOException e) {
        return "unreadable: " + e.getMessage();
    }

    private static Check unmeasured(String id, String name, String why) {
        return Check.unmeasured(id, name, Role.THRESHOLD, null, "every acknowledged one stored", why);
    }
}
