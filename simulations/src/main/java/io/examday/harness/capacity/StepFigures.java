package io.examday.harness.capacity;

import io.examday.harness.baseline.ComparedFigures;
import io.examday.harness.gate.Check;
import io.examday.harness.gate.Status;
import io.examday.harness.gate.Verdict;
import io.examday.harness.gate.VerdictFiles;
import io.examday.harness.run.BadRunFolder;
import io.examday.harness.run.Run;
import io.examday.harness.run.RunFolder;
import io.examday.harness.threshold.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A step's figures, read from its judged run folder the way the gate and the baseline read them. */
final class StepFigures {

    private static final String LATENCY = "latency.p95";
    private static final String CPU_PEAK = "cpu.peak-";

    private StepFigures() {}

    static CapacityStep of(int candidates, Path runDir) {
        String runId = runDir.getFileName().toString();
        Optional<Verdict> verdict = Files.isDirectory(runDir) ? VerdictFiles.read(runDir) : Optional.empty();
        if (verdict.isEmpty()) {
            return new CapacityStep(candidates, runId, CapacityStep.NOT_RUN, null, null, null, null, null, null);
        }
        Verdict v = verdict.get();
        String firstBroken = v.checks().stream().filter(c -> c.status() == Status.FAIL).findFirst()
                .or(() -> v.checks().stream().filter(c -> c.status() == Status.INCONCLUSIVE).findFirst())
                .map(c -> c.name() + " (" + c.id() + ")").orElse(null);
        Double worstWindow = check(v, LATENCY).map(Check::measuredValue).orElse(null);
        Double cpuPeak = v.checks().stream().filter(c -> c.id().startsWith(CPU_PEAK)).findFirst()
                .map(Check::measuredValue).orElse(null);
        Double cpuPerRequest = null;
        Double perSecond = null;
        try {
            Run run = RunFolder.read(runDir);
            cpuPerRequest = ComparedFigures.of(run).cpuPerRequestMs();
            double seconds = run.full().seconds();
            perSecond = run.latency().filter(l -> seconds > 0)
                    .map(l -> l.all(Window.FULL_LOAD).getTotalCount() / seconds).orElse(null);
        } catch (BadRunFolder e) {
            // A folder the gate judged but cannot be read again keeps its verdict; the plotted figures stay absent.
        }
        return new CapacityStep(candidates, runId, v.verdict().name(), v.verdict().name().equals(CapacityStep.PASS) ? null : firstBroken,
                v.figures().p95Ms(), worstWindow, cpuPerRequest, cpuPeak, perSecond);
    }

    private static Optional<Check> check(Verdict verdict, String id) {
        return verdict.checks().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
