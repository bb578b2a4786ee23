package io.examday.harness.gate;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.run.InjectedFaults;
import io.examday.harness.run.InjectorRecording;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.run.Timeline;
import io.examday.harness.scenario.FaultKind;
import io.examday.harness.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Judges a run against a threshold file (and its scenario's baseline, when there is one). */
public final class Gate {

    public static final String CONSOLE = "gatling-console.log";

    private Gate() {}

    public static Verdict judge(Run run, Thresholds thresholds, Optional<Baseline> baseline, Path baselineFile, Clock clock)
            throws IOException {
        // First, so a stopped run's summary opens with why it stopped.
        List<Check> checks = new ArrayList<>(List.of(EarlyStop.check(run, thresholds.abort(), thresholds.latency().p95Below())));
        checks.addAll(LoadDelivery.checks(run, thresholds.delivery()));
        checks.addAll(ClientChecks.latency(run, thresholds.latency()));
        checks.addAll(ClientChecks.errors(run, thresholds.errors()));
        checks.addAll(StatementChecks.checks(run, thresholds.statements()));
        checks.addAll(StatementChecks.jobs(run));
        checks.add(CacheCheck.check(run, thresholds.cache()));
        checks.add(CommitDurabilityCheck.check(run));
        checks.addAll(CpuChecks.checks(run, thresholds.cpu()));
        checks.add(Saturation.check(run));
        checks.addAll(SteadinessChecks.checks(run, thresholds.steadiness(), thresholds.latency().minRequestsPerWindow().value()));
        if (thresholds.nothingLost()) {
            checks.addAll(NothingLost.checks(run));
        }
        thresholds.chaos().ifPresent(faults -> {
            checks.addAll(FaultChecks.checks(run, faults));
            // Judged where a fault ended sessions; elsewhere (instance restarts) a lost session is a 401, a failure.
            if (InjectedFaults.read(run.dir()).orElse(List.of()).stream()
                    .anyMatch(fault -> FaultKind.endsSessions(fault.kind()))) {
                checks.add(SignedInAgainCheck.check(run));
            }
        });
        checks.addAll(AfterTheExamChecks.checks(run, thresholds.afterTheExam()));
        checks.addAll(AttackChecks.checks(run, thresholds.attack()));
        checks.addAll(RegressionCheck.checks(run, thresholds.regression(), baseline, baselineFile));
        checks.add(InstrumentAgreement.check(run, thresholds.instruments()));
        List<InjectorRecording> injectors = InjectorRecording.of(run);
        InjectorDelivery.check(run, injectors, thresholds.delivery()).ifPresent(checks::add);
        List<Path> consoles = injectors.isEmpty() ? List.of(run.dir().resolve(CONSOLE))
                : injectors.stream().map(InjectorRecording::console).toList();
        checks.add(GatlingExitCheck.check(run, consoles));
        // Each Gatling of a split run judged its own slice, not the run: nothing of it to set beside the run's checks.
        List<GatlingConsole.Judgement> gatlingJudged = injectors.isEmpty()
                ? GatlingConsole.read(run.dir().resolve(CONSOLE)) : List.of();
        List<Check> crossChecked = ClientTimingTrust.apply(GatlingCrossCheck.annotate(checks, gatlingJudged), run,
                thresholds.latency().minRequestsPerWindow().value());

        Outcome outcome = Verdict.decide(crossChecked);
        Verdict.Figures figures = figures(run, thresholds);
        return new Verdict(outcome, Summary.of(outcome, figures, crossChecked), run.description().runId(), run.scenario(),
                thresholds.name(), run.description().startedAt(), clock.instant(), figures, crossChecked);
    }

    private static Verdict.Figures figures(Run run, Thresholds thresholds) {
        long peak = Math.max(run.summary().map(s -> s.peakActiveUsers()).orElse(0L),
                run.timeline().map(Timeline::peakActiveUsers).orElse(0L));
        long requests = run.summary().map(s -> s.global().count()).orElse(0L);
        Double p95 = run.latency().map(l -> l.all(thresholds.latency().window()))
                .filter(h -> h.getTotalCount() > 0)
                .map(h -> LatencyLog.millis(h.getValueAtPercentile(95)))
                .orElse(null);
        return new Verdict.Figures(peak, run.description().expected().peakConcurrentCandidates(), requests, p95,
                thresholds.latency().window().word());
    }
}
