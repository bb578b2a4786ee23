package io.examday.harness.gate;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.Regression;
import io.examday.harness.threshold.Window;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/** The global p95 against the scenario's baseline; without a baseline there is nothing to regress from. */
final class RegressionCheck {

    private RegressionCheck() {}

    static Check check(Run run, Regression rule, Window window, Optional<Baseline> baseline, Path baselineFile) {
        String name = "p95 against the baseline";
        String target = "at most " + rule.p95WorseAtMost() + " worse";
        if (baseline.isEmpty()) {
            return Check.note("regression.p95", name, window, target, "no baseline",
                    "no baseline at " + baselineFile + "; promote a passing run with `baseline --run DIR`");
        }
        Optional<Double> before = baseline.get().p95Ms(window);
        Histogram now = run.latency().map(l -> l.all(window)).orElse(new Histogram(3));
        if (before.isEmpty() || before.get() <= 0) {
            return Check.note("regression.p95", name, window, target, "no baseline figure",
                    "baseline " + baseline.get().runId() + " has no " + window.word() + " p95");
        }
        if (now.getTotalCount() == 0) {
            return Check.unmeasured("regression.p95", name, Role.THRESHOLD, window, target, "no requests recorded in the window");
        }
        double p95 = LatencyLog.millis(now.getValueAtPercentile(95));
        double worse = p95 / before.get() - 1;
        Check judged = Check.judged("regression.p95", name, Role.THRESHOLD, window, Compare.AT_MOST, Unit.SHARE,
                rule.p95WorseAtMost().fraction(), worse, null);
        String measured = String.format(Locale.ROOT, "%+.1f%% (%s vs %s)", worse * 100,
                Unit.MILLIS.format(p95), Unit.MILLIS.format(before.get()));
        return new Check(judged.id(), name, judged.role(), window, target, measured, worse, judged.limitValue(),
                judged.status(), "baseline " + baseline.get().runId(), null);
    }
}
