package io.examday.harness.report;

import io.examday.harness.run.AttackOutcome;
import io.examday.harness.run.Run;
import io.examday.harness.run.RunFolder;
import io.examday.harness.run.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The attack's guesses per second by answer (401 checked, 429 refused unchecked, 200 admitted, other), in the
 * report's chart steps, over the whole run: 401s giving way to 429s is the throttle taking hold. No line for a run
 * without an attack, so no chart is drawn for it.
 */
final class AttackChart {

    private static final String TITLE = "The attack: wrong-code guesses by answer";
    private static final String UNIT = "guesses/s";

    private AttackChart() {}

    static Chart of(Run run) {
        List<AttackOutcome.Second> seconds = AttackOutcome.read(run.dir()).map(AttackOutcome::perSecond).orElse(List.of());
        if (seconds.isEmpty()) {
            return new Chart("attack", TITLE, UNIT, null, List.of());
        }
        Span whole = run.whole();
        long step = RunFolder.chartStepMillis(whole);
        return new Chart("attack", TITLE, UNIT, null, List.of(
                new Chart.Line("401", perStep(seconds, whole, step, AttackOutcome.Second::checked)),
                new Chart.Line("429", perStep(seconds, whole, step, AttackOutcome.Second::throttled)),
                new Chart.Line("200", perStep(seconds, whole, step, AttackOutcome.Second::admitted)),
                new Chart.Line("other", perStep(seconds, whole, step, AttackOutcome.Second::other))));
    }

    /** Every step of the run, zero where nothing was guessed, so the chart's time runs as the candidates' charts do. */
    private static List<double[]> perStep(List<AttackOutcome.Second> seconds, Span whole, long step,
                                          ToLongFunction<AttackOutcome.Second> answers) {
        Map<Long, Long> byStep = new TreeMap<>();
        for (long at = whole.from(); at <= whole.to(); at += step) {
            byStep.put(at, 0L);
        }
        seconds.forEach(s -> byStep.merge(whole.from() + Math.floorDiv(s.epochMillis() - whole.from(), step) * step,
                answers.applyAsLong(s), Long::sum));
        List<double[]> points = new ArrayList<>();
        byStep.forEach((from, count) -> points.add(new double[] {from, count / (step / 1000.0)}));
        return points;
    }
}
