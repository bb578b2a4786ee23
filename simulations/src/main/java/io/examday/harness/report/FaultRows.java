package io.examday.harness.report;

import io.examday.harness.gate.Check;
import io.examday.harness.gate.Verdict;
import io.examday.harness.run.InjectedFault;
import io.examday.harness.run.InjectedFaults;
import io.examday.harness.run.Run;
import java.util.List;
import java.util.Optional;

/**
 * A chaos run's faults as the report shows them: one row each (when, how long the process was down, the time to
 * recover, the failed requests of its window as the gate counted them), and the stretches from injection to
 * recovery that the charts mark.
 *
 * @param failedInWindow the gate's count for the fault's window, absent before the run was judged
 * @param window         the gate's words for the window's bounds, absent before the run was judged
 */
record FaultRows(InjectedFault fault, long offsetMillis, Optional<String> failedInWindow, Optional<String> window) {

    static List<FaultRows> of(Run run, Optional<Verdict> verdict) {
        long start = run.description().startedAt().toEpochMilli();
        return InjectedFaults.read(run.dir()).orElse(List.of()).stream().map(f -> {
            Optional<Check> inWindow = verdict.flatMap(v -> v.checks().stream()
                    .filter(c -> c.id().equals("faults.failed-in-window." + f.kind())).findFirst());
            return new FaultRows(f, f.injectedAt() - start, inWindow.map(Check::measured), inWindow.map(Check::note));
        }).toList();
    }

    /** From injection to recovery (to the process's return when it never recovered), labelled with the time. */
    Chart.Mark mark() {
        long to = fault.recoveredAt().orElse(fault.downTo());
        String recovery = fault.recoveryMillis().isPresent()
                ? "recovered in %.1f s".formatted(fault.recoveryMillis().getAsLong() / 1000.0) : "never recovered";
        return new Chart.Mark(fault.injectedAt(), Math.max(to, fault.injectedAt() + 1), fault.kind() + ": " + recovery);
    }

    /**
     * The recovery chart: per fault a step up at its injection, as high as its time to recover in seconds, and back
     * down at its recovery (a fault never recovered from stands at zero height, its mark saying so).
     */
    static Chart recoveryChart(List<FaultRows> rows) {
        List<Chart.Line> lines = rows.stream().map(r -> {
            double seconds = r.fault().recoveryMillis().orElse(0) / 1000.0;
            long from = r.fault().injectedAt();
            long to = r.mark().to();
            return new Chart.Line(r.fault().kind(), List.of(new double[] {from, 0}, new double[] {from, seconds},
                    new double[] {to, seconds}, new double[] {to, 0}));
        }).toList();
        return new Chart("recovery", "Time to recover from each fault", "s",
                null, lines, null, rows.stream().map(FaultRows::mark).toList());
    }
}
