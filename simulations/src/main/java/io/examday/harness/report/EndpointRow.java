package io.examday.harness.report;

import io.examday.harness.run.ClientSummary;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.run.ServerFigures;
import io.examday.harness.threshold.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.HdrHistogram.Histogram;

/**
 * One request name (route template) in the per-endpoint table: the clients' count, errors and percentiles over the
 * whole run, and the portal's own statements per request for that route where its metrics have it.
 */
record EndpointRow(String name, long count, long errors, Double p50Ms, Double p95Ms, Double p99Ms, Double statementsPerRequest) {

    static List<EndpointRow> of(Run run) {
        Map<String, ClientSummary.Figures> summary = run.summary().map(ClientSummary::requests).orElse(Map.of());
        List<Integer> rows = run.serverRows(Window.WHOLE_RUN);
        Map<String, ServerFigures.Statements> statements = rows.size() < 2 ? Map.of()
                : new ServerFigures(run.server()).statementsByRoute(rows, 10);
        TreeSet<String> names = new TreeSet<>(summary.keySet());
        run.latency().ifPresent(l -> names.addAll(l.names()));
        List<EndpointRow> table = new ArrayList<>();
        for (String name : names) {
            Optional<Histogram> h = run.latency().flatMap(l -> l.of(Window.WHOLE_RUN, name));
            ClientSummary.Figures f = summary.get(name);
            Double stmts = Optional.ofNullable(statements.get(name)).map(ServerFigures.Statements::mean).orElse(null);
            if (f != null) {
                table.add(new EndpointRow(name, f.count(), f.ko(), f.p50Ms(), f.p95Ms(), f.p99Ms(), stmts));
            } else {
                Histogram hist = h.orElseThrow();
                table.add(new EndpointRow(name, hist.getTotalCount(), 0, pct(hist, 50), pct(hist, 95), pct(hist, 99), stmts));
            }
        }
        return table;
    }

    private static Double pct(Histogram h, double percentile) {
        return LatencyLog.millis(h.getValueAtPercentile(percentile));
    }
}
