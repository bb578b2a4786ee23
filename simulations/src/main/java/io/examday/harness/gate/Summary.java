package io.examday.harness.gate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The verdict in one paragraph a manager reads first: did it hold the candidates, and what failed by how much. */
final class Summary {

    private static final int MOST_LISTED = 4;

    private Summary() {}

    static String of(Outcome outcome, Verdict.Figures f, List<Check> checks) {
        String load = String.format(Locale.ROOT, "%,d concurrent candidates", f.expectedPeakUsers());
        String delivered = String.format(Locale.ROOT, "peak %,d active candidates, %,d requests", f.peakActiveUsers(), f.requests());
        String p95 = f.p95Ms() == null ? "" : ", p95 response time " + Unit.MILLIS.format(f.p95Ms());
        List<Check> judged = checks.stream().filter(c -> c.role() == Role.THRESHOLD && c.status() != Status.NOTE).toList();
        return verdictWords(outcome, load, delivered, p95, judged, checks)
                + (outcome == Outcome.PASS ? "" : ranOutFirst(checks)) + regressionUnjudged(checks);
    }

    private static String verdictWords(Outcome outcome, String load, String delivered, String p95, List<Check> judged,
                                       List<Check> checks) {
        return switch (outcome) {
            case PASS -> "PASS: the portal held %s (%s%s); all %d thresholds were met.".formatted(load, delivered, p95, judged.size());
            // Not "did not hold": a run can carry every candidate and still miss one latency budget.
            case FAIL -> "FAIL: under %s (%s%s) the portal missed %d of %d thresholds: %s.%s"
                    .formatted(load, delivered, p95, count(checks, Status.FAIL), judged.size(), misses(checks, Status.FAIL),
                            unmeasured(checks));
            case INCONCLUSIVE -> inconclusive(load, delivered, checks);
        };
    }

    /** A run that missed names the limit it reached first ({@link Saturation}), the resource behind the miss. */
    private static String ranOutFirst(List<Check> checks) {
        return checks.stream().filter(c -> c.id().equals(Saturation.ID) && c.status() == Status.NOTE && c.note() != null
                        && !c.measured().equals(Saturation.NOTHING))
                .findFirst().map(c -> " What ran out first: " + c.note().split("; ")[0] + ".").orElse("");
    }

    /** A pass against no baseline is not a pass against the last release: say so in the first paragraph. */
    private static String regressionUnjudged(List<Check> checks) {
        return checks.stream().filter(c -> c.id().equals("regression.p95") && c.status() == Status.NOTE)
                .findFirst().map(c -> " Regression " + c.measured() + ".").orElse("");
    }

    private static String inconclusive(String load, String delivered, List<Check> checks) {
        return "INCONCLUSIVE: this run cannot say whether the portal holds %s (%s): %s."
                .formatted(load, delivered, misses(checks, Status.INCONCLUSIVE));
    }

    /** What a failed run could not measure besides, so nobody reads the failure as the whole story. */
    private static String unmeasured(List<Check> checks) {
        return count(checks, Status.INCONCLUSIVE) == 0 ? ""
                : " Not measured or not delivered besides: " + misses(checks, Status.INCONCLUSIVE) + ".";
    }

    private static long count(List<Check> checks, Status status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }

    /** The first few misses in full; a paragraph listing twenty is no longer read. */
    private static String misses(List<Check> checks, Status status) {
        List<Check> missed = checks.stream().filter(c -> c.status() == status).toList();
        String listed = missed.stream().limit(MOST_LISTED).map(Summary::miss).collect(Collectors.joining("; "));
        return missed.size() > MOST_LISTED ? listed + "; and " + (missed.size() - MOST_LISTED) + " more (see the table)" : listed;
    }

    private static String miss(Check c) {
        String gap = c.note() == null ? "" : " (" + c.note() + ")";
        if (c.measuredValue() == null) {
            return c.name() + " not measured" + gap;
        }
        return "%s was %s, target %s%s".formatted(c.name(), c.measured(), c.target(), gap);
    }
}
