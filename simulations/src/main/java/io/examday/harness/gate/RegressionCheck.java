package io.examday.harness.gate;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.baseline.ComparedFigures;
import io.examday.harness.baseline.MachineShape;
import io.examday.harness.baseline.MachineSpeed;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.Regression;
import io.examday.harness.threshold.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * A run against its scenario's baseline, figure by figure: the whole-run p95 of all requests and of each request
 * name, the portal's CPU per request and its SQL statements per request. Without a baseline, or with one from a
 * machine of another shape, nothing is judged; with one from a machine of another {@link MachineSpeed}, only
 * statements per request are. Every row not judged says so where the figure would stand: a missing comparison must
 * never read like a passed one.
 */
final class RegressionCheck {

    static final String NO_BASELINE = "not judged: no baseline";
    static final String NOT_COMPARABLE = "not comparable: baseline from ";

    private static final String P95 = "regression.p95";
    private static final String CPU = "regression.cpu-per-request";
    private static final String STATEMENTS = "regression.statements-mean";

    private RegressionCheck() {}

    static List<Check> checks(Run run, Regression rule, Optional<Baseline> baseline, Path baselineFile) {
        if (baseline.isEmpty()) {
            return notJudged(rule, NO_BASELINE, "no baseline at " + baselineFile
                    + "; promote a passing run with `make baseline RUN=reports/<run-id>`");
        }
        Baseline b = baseline.get();
        MachineShape here = MachineShape.of(run.description());
        if (!here.equals(b.machine())) {
            String there = b.machine() == null ? "an unrecorded machine" : b.machine().toString();
            return notJudged(rule, NOT_COMPARABLE + there, "baseline " + b.runId() + "; this run: " + here
                    + "; promote a passing run from this machine");
        }
        ComparedFigures before = b.figures();
        ComparedFigures now = ComparedFigures.of(run);
        String from = "baseline " + b.runId();
        List<Check> checks = new ArrayList<>();
        Optional<String> otherSpeed = otherSpeed(run, b);
        if (otherSpeed.isPresent()) {
            checks.addAll(timingNotJudged(rule, NOT_COMPARABLE + "a machine of another speed", otherSpeed.get()));
        } else {
            timing(rule, before, now, from, checks);
        }
        checks.add(judge(STATEMENTS, "SQL statements per request against the baseline", Window.WHOLE_RUN, Unit.NUMBER,
                before.statementsMean(), now.statementsMean(), rule.statementsMeanWorseAtMost()::above,
                rule.statementsMeanWorseAtMost().toString(), from));
        return checks;
    }

    /**
     * Why this run's timing cannot be set against the baseline's, when the two machines ran {@link MachineSpeed}'s
     * work at speeds too far apart; nothing when they are close, or when either run did not measure it.
     */
    private static Optional<String> otherSpeed(Run run, Baseline b) {
        Optional<Double> here = MachineSpeed.of(run.description());
        if (here.isEmpty() || b.machineSpeedMs() == null) {
            return Optional.empty();
        }
        if (!MachineSpeed.comparable(here.get(), b.machineSpeedMs())) {
            return Optional.of(String.format(Locale.ROOT,
                    "this machine did the speed check in %.1f ms, baseline %s's in %.1f ms (%.2fx; comparable within %.2fx);"
                            + " promote a passing run from this machine", here.get(), b.runId(), b.machineSpeedMs(),
                    here.get() / b.machineSpeedMs(), MachineSpeed.COMPARABLE_WITHIN));
        }
        // A machine shared with others can slow down while the run goes on, which the check before it cannot see.
        return MachineSpeed.afterRun(run.description())
                .filter(after -> !MachineSpeed.comparable(after, b.machineSpeedMs()))
                .map(after -> String.format(Locale.ROOT,
                        "the machine slowed during the run: the speed check took %.1f ms before it and %.1f ms after, "
                                + "baseline %s's %.1f ms (%.2fx; comparable within %.2fx)", here.get(), after, b.runId(),
                        b.machineSpeedMs(), after / b.machineSpeedMs(), MachineSpeed.COMPARABLE_WITHIN));
    }

    /** p95 of all requests and of each route, and CPU per request: the figures a slower machine makes worse. */
    private static void timing(Regression rule, ComparedFigures before, ComparedFigures now, String from,
                               List<Check> checks) {
        checks.add(judge(P95, "p95 against the baseline, all requests", Window.WHOLE_RUN, Unit.MILLIS,
                before.p95Ms(), now.p95Ms(), rule.p95WorseAtMost()::above, rule.p95WorseAtMost().toString(), from));
        for (String route : new TreeSet<>(union(before, now))) {
            Double was = before.endpointP95Ms().get(route);
            Double is = now.endpointP95Ms().get(route);
            String id = P95 + "." + route;
            String name = "p95 against the baseline, " + route;
            String target = "at most " + rule.p95WorseAtMost() + " worse";
            if (was == null) {
                checks.add(Check.note(id, name, Window.WHOLE_RUN, target, "not judged: not in the baseline",
                        from + " sent no " + route));
            } else if (is == null) {
                checks.add(Check.note(id, name, Window.WHOLE_RUN, target, "not judged: no requests",
                        "this run sent no " + route + "; " + from + " measured " + Unit.MILLIS.format(was)));
            } else if (fewer(now, route, rule) || fewer(before, route, rule)) {
                checks.add(Check.note(id, name, Window.WHOLE_RUN, target, "not judged: too few requests",
                        String.format(Locale.ROOT, "%,d requests here, %s in the baseline; a p95 is compared from %,d",
                                now.endpointRequests().getOrDefault(route, 0L),
                                before.endpointRequests().containsKey(route)
                                        ? String.format(Locale.ROOT, "%,d", before.endpointRequests().get(route)) : "?",
                                rule.endpointRequestsAtLeast())));
            } else {
                checks.add(judge(id, name, Window.WHOLE_RUN, Unit.MILLIS, was, is, rule.p95WorseAtMost()::above,
                        rule.p95WorseAtMost().toString(), from));
            }
        }
        checks.add(judge(CPU, "Portal CPU per request against the baseline", Window.FULL_LOAD, Unit.MILLIS,
                before.cpuPerRequestMs(), now.cpuPerRequestMs(), rule.cpuPerRequestWorseAtMost()::above,
                rule.cpuPerRequestWorseAtMost().toString(), from));
    }

    /** Fewer requests than the rule wants; a baseline that did not keep counts is taken at its word. */
    private static boolean fewer(ComparedFigures figures, String route, Regression rule) {
        Long requests = figures.endpointRequests().get(route);
        return requests != null && requests < rule.endpointRequestsAtLeast();
    }

    private static List<String> union(ComparedFigures before, ComparedFigures now) {
        List<String> routes = new ArrayList<>(before.endpointP95Ms().keySet());
        routes.addAll(now.endpointP95Ms().keySet());
        return routes;
    }

    /** One figure against the baseline's plus the margin: more than that is a regression. */
    private static Check judge(String id, String name, Window window, Unit unit, Double before, Double now,
                               DoubleUnaryOperator widen, String margin, String from) {
        String target = "at most " + margin + " worse";
        if (before == null) {
            return Check.note(id, name, window, target, "not judged: the baseline lacks it",
                    from + " was promoted before this figure was kept; promote a passing run again");
        }
        if (now == null) {
            return Check.unmeasured(id, name, Role.THRESHOLD, window, target, "this run folder does not give the figure");
        }
        double allowed = widen.applyAsDouble(before);
        Check judged = Check.judged(id, name, Role.THRESHOLD, window, Compare.AT_MOST, unit, allowed, now, from);
        String measured = String.format(Locale.ROOT, "%s (%+.0f%%)", unit.format(now), (now / before - 1) * 100);
        return new Check(id, name, Role.THRESHOLD, window,
                "at most " + unit.format(allowed) + " (" + unit.format(before) + " + " + margin + ")",
                measured, now, allowed, judged.status(), judged.note(), null);
    }

    private static List<Check> notJudged(Regression rule, String measured, String why) {
        List<Check> checks = new ArrayList<>(timingNotJudged(rule, measured, why));
        checks.add(Check.note(STATEMENTS, "SQL statements per request against the baseline", Window.WHOLE_RUN,
                "at most " + rule.statementsMeanWorseAtMost() + " worse", measured, why));
        return checks;
    }

    private static List<Check> timingNotJudged(Regression rule, String measured, String why) {
        return List.of(
                Check.note(P95, "p95 against the baseline, all requests", Window.WHOLE_RUN,
                        "at most " + rule.p95WorseAtMost() + " worse", measured, why),
                Check.note(CPU, "Portal CPU per request against the baseline", Window.FULL_LOAD,
                        "at most " + rule.cpuPerRequestWorseAtMost() + " worse", measured, why));
    }
}
