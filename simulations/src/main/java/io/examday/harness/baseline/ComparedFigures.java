package io.examday.harness.baseline;

import io.examday.harness.run.Counters;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.run.ServerHistory;
import io.examday.harness.threshold.Window;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The figures a run is held against its baseline on, computed one way for both so they compare. Each is absent
 * when the run folder cannot give it.
 *
 * @param p95Ms           whole-run client p95 of all requests
 * @param endpointP95Ms   whole-run client p95 per request name (the portal's route template)
 * @param endpointRequests whole-run requests per request name: how much each p95 can be trusted
 * @param cpuPerRequestMs portal CPU time per request the portal served, over the full-load window: the work a
 *                        request costs, which the CPU share alone hides when the load changes
 * @param statementsMean  SQL statements per request the portal served, over the whole run
 */
public record ComparedFigures(Double p95Ms, Map<String, Double> endpointP95Ms, Map<String, Long> endpointRequests,
                              Double cpuPerRequestMs, Double statementsMean) {

    private static final String CPU = "process_cpu_time_ns_total";
    private static final String STATEMENTS = "examday_sql_statements_per_request";

    public ComparedFigures {
        endpointP95Ms = endpointP95Ms == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(endpointP95Ms));
        endpointRequests = endpointRequests == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(endpointRequests));
    }

    public static ComparedFigures of(Run run) {
        Double p95 = null;
        Map<String, Double> endpoints = new TreeMap<>();
        Map<String, Long> requests = new TreeMap<>();
        if (run.latency().isPresent()) {
            LatencyLog log = run.latency().get();
            p95 = p95(log.all(Window.WHOLE_RUN));
            for (String name : log.names()) {
                log.of(Window.WHOLE_RUN, name).filter(h -> h.getTotalCount() > 0).ifPresent(h -> {
                    endpoints.put(name, p95(h));
                    requests.put(name, h.getTotalCount());
                });
            }
        }
        ServerHistory server = run.server();
        List<Integer> full = run.serverRows(Window.FULL_LOAD);
        List<Integer> whole = run.serverRows(Window.WHOLE_RUN);
        return new ComparedFigures(p95, endpoints, requests,
                ratio(grew(server, full, CPU), grew(server, full, STATEMENTS + "_count"), 1e-6),
                ratio(grew(server, whole, STATEMENTS + "_sum"), grew(server, whole, STATEMENTS + "_count"), 1));
    }

    private static Double p95(Histogram h) {
        return h.getTotalCount() == 0 ? null : LatencyLog.millis(h.getValueAtPercentile(95));
    }

    /** Counter growth over the scrapes; absent when there are fewer than two or the portal never exposed it. */
    private static Double grew(ServerHistory server, List<Integer> rows, String name) {
        List<Integer> columns = server.columns(s -> s.name().equals(name));
        return rows.size() < 2 || columns.isEmpty() ? null : Counters.increase(server, rows, columns);
    }

    private static Double ratio(Double part, Double whole, double scale) {
        return part == null || whole == null || whole <= 0 ? null : part * scale / whole;
    }
}
