package io.examday.harness.gate;

import io.examday.harness.run.Run;
import io.examday.harness.run.ServerFigures;
import io.examday.harness.threshold.PortalCpu;
import io.examday.harness.threshold.Statements;
import io.examday.harness.threshold.Window;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the portal reported about itself, always as counter growth between the first and last scrape of the
 * window; a single gauge reading says nothing about a whole window.
 */
final class ServerChecks {

    private ServerChecks() {}

    static List<Check> statements(Run run, Statements rule) {
        Window window = rule.window();
        String shareName = "Requests under " + rule.fewerThan() + " SQL statements";
        String shareTarget = "at least " + rule.shareAtLeast();
        String meanName = "Mean SQL statements per request";
        String meanTarget = "below " + Unit.NUMBER.format(rule.meanBelow());
        List<Integer> rows = run.serverRows(window);
        if (rows.size() < 2) {
            String why = tooFew(rows.size());
            return List.of(Check.unmeasured("statements.share-under", shareName, Role.THRESHOLD, window, shareTarget, why),
                    Check.unmeasured("statements.mean", meanName, Role.THRESHOLD, window, meanTarget, why));
        }
        Optional<ServerFigures.Statements> figures = new ServerFigures(run.server()).statements(rows, rule.fewerThan());
        if (figures.isEmpty()) {
            String why = "the portal counted no requests in " + ServerFigures.STATEMENTS;
            return List.of(Check.unmeasured("statements.share-under", shareName, Role.THRESHOLD, window, shareTarget, why),
                    Check.unmeasured("statements.mean", meanName, Role.THRESHOLD, window, meanTarget, why));
        }
        ServerFigures.Statements s = figures.get();
        String counted = "%,.0f requests counted by the portal".formatted(s.requests());
        return List.of(
                Check.judged("statements.share-under", shareName, Role.THRESHOLD, window, Compare.AT_LEAST, Unit.SHARE,
                        rule.shareAtLeast().fraction(), s.shareUnder(), counted),
                Check.judged("statements.mean", meanName, Role.THRESHOLD, window, Compare.BELOW, Unit.NUMBER,
                        rule.meanBelow(), s.mean(), null));
    }

    static Check cpu(Run run, PortalCpu rule) {
        Window window = rule.window();
        String name = "Portal CPU, share of all cores";
        String target = "below " + rule.below();
        List<Integer> rows = run.serverRows(window);
        Optional<ServerFigures.Cpu> cpu = new ServerFigures(run.server()).portalCpu(rows);
        if (cpu.isEmpty()) {
            return Check.unmeasured("portal-cpu", name, Role.THRESHOLD, window, target,
                    rows.size() < 2 ? tooFew(rows.size()) : "neither process_cpu_time_ns_total nor process_cpu_usage sampled");
        }
        String how = cpu.get().fromCounter()
                ? null
                : "process_cpu_time_ns_total absent: mean of the process_cpu_usage gauge instead";
        return Check.judged("portal-cpu", name, Role.THRESHOLD, window, Compare.BELOW, Unit.SHARE,
                rule.below().fraction(), cpu.get().share(), how);
    }

    private static String tooFew(int scrapes) {
        return String.format(Locale.ROOT, "%d server scrape%s in the window; differences need two", scrapes, scrapes == 1 ? "" : "s");
    }
}
