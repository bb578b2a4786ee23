package io.examday.harness.run;

import io.examday.harness.sampling.PrometheusText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** The server-side figures the gate judges and the report draws, all from counter growth over a stretch of scrapes. */
public final class ServerFigures {

    public static final String STATEMENTS = "examday_sql_statements_per_request";
    /** The portal's statements per background job run, tagged by job kind. */
    public static final String JOB_STATEMENTS = "examday_sql_statements_per_job";
    /** The portal's time from a job's enqueue to its done, per kind (its buckets are not sampled). */
    public static final String JOB_LATENCY = "examday_jobs_latency_seconds";
    /** The key under which statement figures sum every route. */
    public static final String ALL_ROUTES = "*";

    private final ServerHistory history;

    public ServerFigures(ServerHistory history) {
        this.history = history;
    }

    /** Cache hits and misses per layer and cache. */
    public CacheLookups cacheLookups(List<Integer> rows) {
        return CacheLookups.of(history, rows);
    }

    /** Requests, those that ran fewer statements than the limit, and the statements run. */
    public record Statements(double requests, double fewerThanLimit, double statements) {

        public double shareUnder() {
            return fewerThanLimit / requests;
        }

        public double mean() {
            return statements / requests;
        }
    }

    /** Statement figures over all routes together. */
    public Optional<Statements> statements(List<Integer> rows, int fewerThan) {
        return Optional.ofNullable(statementsByRoute(rows, fewerThan).get(ALL_ROUTES));
    }

    /** Statement figures per route, plus {@link #ALL_ROUTES}; routes without requests in the stretch are left out. */
    public Map<String, Statements> statementsByRoute(List<Integer> rows, int fewerThan) {
        Map<String, double[]> sums = new TreeMap<>();
        double bound = fewerThan - 1;
        for (int column : history.columns(s -> s.name().startsWith(STATEMENTS + "_"))) {
            Series s = history.series(column);
            int slot;
            if (s.name().equals(STATEMENTS + "_count")) {
                slot = 0;
            } else if (s.name().equals(STATEMENTS + "_bucket") && s.label("le") != null
                    && PrometheusText.number(s.label("le")) == bound) {
                slot = 1;
            } else if (s.name().equals(STATEMENTS + "_sum")) {
                slot = 2;
            } else {
                continue;
            }
            double grew = Counters.increase(history, rows, List.of(column));
            String route = (s.label("method") == null ? "" : s.label("method") + " ") + s.label("uri");
            sums.computeIfAbsent(route, r -> new double[3])[slot] += grew;
            sums.computeIfAbsent(ALL_ROUTES, r -> new double[3])[slot] += grew;
        }
        Map<String, Statements> byRoute = new LinkedHashMap<>();
        sums.forEach((route, v) -> {
            if (v[0] > 0) {
                byRoute.put(route, new Statements(v[0], v[1], v[2]));
            }
        });
        return byRoute;
    }

    /** Background job runs of one kind and the statements they ran. */
    public record JobStatements(double jobs, double statements) {

        public double mean() {
            return statements / jobs;
        }
    }

    /** Statement figures per background job kind; kinds that ran no job in the stretch are left out. */
    public Map<String, JobStatements> statementsByJob(List<Integer> rows) {
        Map<String, double[]> sums = new TreeMap<>();
        for (int column : history.columns(s -> s.name().equals(JOB_STATEMENTS + "_count") || s.name().equals(JOB_STATEMENTS + "_sum"))) {
            Series s = history.series(column);
            int slot = s.name().endsWith("_count") ? 0 : 1;
            sums.computeIfAbsent(String.valueOf(s.label("kind")), k -> new double[2])[slot] += Counters.increase(history, rows, List.of(column));
        }
        Map<String, JobStatements> byKind = new LinkedHashMap<>();
        sums.forEach((kind, v) -> {
            if (v[0] > 0) {
                byKind.put(kind, new JobStatements(v[0], v[1]));
            }
        });
        return byKind;
    }

    /** Mean time from enqueue to done, in ms, per job kind done in the stretch; kinds with none done are left out. */
    public Map<String, Double> jobLatencyMillisByKind(List<Integer> rows) {
        Map<String, double[]> sums = new TreeMap<>();
        for (int column : history.columns(s -> s.name().equals(JOB_LATENCY + "_count") || s.name().equals(JOB_LATENCY + "_sum"))) {
            Series s = history.series(column);
            int slot = s.name().endsWith("_count") ? 0 : 1;
            sums.computeIfAbsent(String.valueOf(s.label("kind")), k -> new double[2])[slot] += Counters.increase(history, rows, List.of(column));
        }
        Map<String, Double> byKind = new LinkedHashMap<>();
        sums.forEach((kind, v) -> {
            if (v[0] > 0) {
                byKind.put(kind, v[1] / v[0] * 1000);
            }
        });
        return byKind;
    }
}
