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

    /**
     * The portal's CPU as a share of the whole machine.
     *
     * @param fromCounter false when {@code process_cpu_time_ns_total} was absent and the mean of the
     *                    {@code process_cpu_usage} gauge stood in for it
     */
    public record Cpu(double share, boolean fromCounter) {}

    public Optional<Cpu> portalCpu(List<Integer> rows) {
        if (rows.size() < 2) {
            return Optional.empty();
        }
        List<Integer> cpuTime = history.columns(s -> s.name().equals("process_cpu_time_ns_total"));
        OptionalDouble cores = last(rows, history.columns(s -> s.name().equals("system_cpu_count")));
        if (!cpuTime.isEmpty() && cores.isPresent() && cores.getAsDouble() > 0) {
            double wallNanos = (history.at(rows.getLast()) - history.at(rows.getFirst())) * 1e6;
            if (wallNanos > 0) {
                double used = Counters.increase(history, rows, cpuTime);
                return Optional.of(new Cpu(used / (wallNanos * cores.getAsDouble()), true));
            }
        }
        OptionalDouble gaugeMean = mean(rows, history.columns(s -> s.name().equals("process_cpu_usage")));
        return gaugeMean.isPresent() ? Optional.of(new Cpu(gaugeMean.getAsDouble(), false)) : Optional.empty();
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

    private OptionalDouble last(List<Integer> rows, List<Integer> columns) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            for (int column : columns) {
                double v = history.value(rows.get(i), column);
                if (!Double.isNaN(v)) {
                    return OptionalDouble.of(v);
                }
            }
        }
        return OptionalDouble.empty();
    }

    private OptionalDouble mean(List<Integer> rows, List<Integer> columns) {
        return rows.stream().flatMapToDouble(row -> columns.stream().mapToDouble(c -> history.value(row, c)))
                .filter(v -> !Double.isNaN(v)).average();
    }
}
