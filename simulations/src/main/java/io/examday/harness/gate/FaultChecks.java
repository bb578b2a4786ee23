package io.examday.harness.gate;

import io.examday.harness.run.InjectedFault;
import io.examday.harness.run.InjectedFaults;
import io.examday.harness.run.Run;
import io.examday.harness.run.Timeline;
import io.examday.harness.threshold.Faults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chaos or zero-downtime run judged on what its faults did ({@code faults:} in the threshold file, {@code server/faults.jsonl} in the
 * run folder): each fault recovered from within the limit ({@code faults.recovery.<kind>}); the failed requests inside
 * each fault's window counted and shown ({@code faults.failed-in-window.<kind>}, a note); none outside every window
 * beyond the limit ({@code faults.failed-outside-windows}). Failures come from the client's per-second timeline.
 */
final class FaultChecks {

    static final String RECOVERY = "faults.recovery.";
    static final String IN_WINDOW = "faults.failed-in-window.";
    static final String OUTSIDE = "faults.failed-outside-windows";

    private FaultChecks() {}

    static List<Check> checks(Run run, Faults rule) {
        Optional<List<InjectedFault>> injected = InjectedFaults.read(run.dir());
        if (injected.isEmpty() || injected.get().isEmpty()) {
            String why = injected.isEmpty() ? "no " + InjectedFaults.FILE + ": this run injected no fault (run it with simulations/bin/chaos or zero-downtime)"
                    : InjectedFaults.FILE + " is empty: no fault was injected before the load ended";
            return List.of(Check.unmeasured(OUTSIDE, "Failed requests outside every fault's window", Role.THRESHOLD, null,
                    "at most " + rule.failedOutsideWindowsAtMost(), why));
        }
        List<Timeline.Row> rows = run.timeline().map(Timeline::rows).orElse(List.of());
        long runEnd = rows.isEmpty() ? Long.MAX_VALUE : rows.getLast().epochMillis();
        List<FaultWindow> windows = windows(injected.get(), rule, runEnd);
        List<Check> checks = new ArrayList<>();
        for (FaultWindow window : windows) {
            checks.add(recovery(window.fault(), rule));
        }
        if (run.timeline().isEmpty()) {
            checks.add(Check.unmeasured(OUTSIDE, "Failed requests outside every fault's window", Role.THRESHOLD, null,
                    "at most " + rule.failedOutsideWindowsAtMost(), "no client/timeline.csv"));
            return checks;
        }
        long[] inside = new long[windows.size()];
        long outside = 0;
        long firstOutside = -1;
        for (Timeline.Row row : rows) {
            int holder = holder(windows, row.epochMillis());
            if (holder >= 0) {
                inside[holder] += row.failures();
            } else if (row.failures() > 0) {
                outside += row.failures();
                firstOutside = firstOutside < 0 ? row.epochMillis() : firstOutside;
            }
        }
        for (int i = 0; i < windows.size(); i++) {
            FaultWindow w = windows.get(i);
            checks.add(Check.note(IN_WINDOW + w.fault().kind(), "Failed requests in the " + w.fault().kind() + " window",
                    null, "counted, not judged", Unit.COUNT.format(inside[i]),
                    "%s to %s after the first arrival".formatted(offset(run, w.from()), offset(run, w.to()))));
        }
        String note = outside == 0 ? "%d fault windows, each from injection to recovery + %s".formatted(windows.size(),
                Unit.MILLIS.format(rule.windowAfterRecovery().value()))
                : "the first at %s after the first arrival, outside every fault's window".formatted(offset(run, firstOutside));
        checks.add(Check.judged(OUTSIDE, "Failed requests outside every fault's window", Role.THRESHOLD, null, Compare.AT_MOST,
                Unit.COUNT, rule.failedOutsideWindowsAtMost(), outside, note));
        return checks;
    }

    /** Each fault's window, as the report draws them too. */
    static List<FaultWindow> windows(List<InjectedFault> faults, Faults rule, long runEnd) {
        return faults.stream().map(f -> FaultWindow.of(f, rule.windowAfterRecovery().value(), runEnd)).toList();
    }

    private static Check recovery(InjectedFault fault, Faults rule) {
        String id = RECOVERY + fault.kind();
        String name = "Recovery from " + fault.kind() + " (health UP and a candidate's sign-in answering)";
        if (fault.recoveryMillis().isEmpty()) {
            return new Check(id, name, Role.THRESHOLD, null, "at most " + Unit.MILLIS.format(rule.recoveryWithin().value()),
                    "never", null, (double) rule.recoveryWithin().value(), Status.FAIL,
                    "not recovered when the fault script stopped waiting", null);
        }
        return Check.judged(id, name, Role.THRESHOLD, null, Compare.AT_MOST, Unit.MILLIS, rule.recoveryWithin().value(),
                fault.recoveryMillis().getAsLong(), "process back after %s".formatted(
                        Unit.MILLIS.format(fault.downTo() - fault.injectedAt())));
    }

    /** The window holding that second (the first, should two overlap), or -1. */
    private static int holder(List<FaultWindow> windows, long epochMillis) {
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).holdsSecondEndingAt(epochMillis)) {
                return i;
            }
        }
        return -1;
    }

    private static String offset(Run run, long epochMillis) {
        return "%.0f s".formatted((epochMillis - run.description().startedAt().toEpochMilli()) / 1000.0);
    }
}
