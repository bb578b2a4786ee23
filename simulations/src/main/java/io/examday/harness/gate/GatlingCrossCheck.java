package io.examday.harness.gate;

import io.examday.harness.threshold.Window;
import java.util.List;
import java.util.Optional;

/**
 * Puts Gatling's own judgement beside ours for the thresholds both judge, and says so where they disagree: a
 * disagreement means a recording is wrong, or (often) that Gatling judged the whole run where we judged full load.
 * Gatling judges a latency budget over its whole window, so a budget judged window by window is compared through
 * its whole-window figure, never through its worst window.
 */
final class GatlingCrossCheck {

    private GatlingCrossCheck() {}

    static List<Check> annotate(List<Check> checks, List<GatlingConsole.Judgement> judgements) {
        return checks.stream().map(check -> match(check, judgements).map(j -> annotate(check, j)).orElse(check)).toList();
    }

    private static Optional<GatlingConsole.Judgement> match(Check check, List<GatlingConsole.Judgement> judgements) {
        String id = check.id();
        return judgements.stream().filter(j -> {
            if (id.equals("latency.p95")) {
                return j.path().equals("Global") && j.aboutP95();
            }
            if (id.startsWith("latency.p95.")) {
                return j.path().equals(id.substring("latency.p95.".length())) && j.aboutP95();
            }
            if (id.equals("errors.failed-requests")) {
                return j.path().equals("Global") && j.aboutFailedCount();
            }
            if (id.equals("errors.failed-share")) {
                return j.path().equals("Global") && j.aboutFailedShare();
            }
            return false;
        }).findFirst();
    }

    private static Check annotate(Check check, GatlingConsole.Judgement gatling) {
        String judgement = (gatling.passed() ? "pass" : "fail") + " (actual " + gatling.actual() + ")";
        boolean weJudged = check.status() == Status.PASS || check.status() == Status.FAIL;
        if (!weJudged || gatling.passed() == wePass(check)) {
            return check.withGatling(judgement, null);
        }
        String why = check.window() == Window.FULL_LOAD
                ? " (Gatling judges the whole run, this check the full-load window)"
                : check.windowed() == null ? "" : ", where the recorder's whole-run p95 is " + Unit.MILLIS.format(check.windowed().whole());
        return check.withGatling(judgement, "Gatling disagrees: it says " + judgement + why);
    }

    /** Our judgement of what Gatling judged: for a windowed latency budget, its whole window against the limit. */
    private static boolean wePass(Check check) {
        if (check.windowed() == null) {
            return check.status() == Status.PASS;
        }
        return Compare.BELOW.holds(check.windowed().whole(), check.limitValue());
    }
}
