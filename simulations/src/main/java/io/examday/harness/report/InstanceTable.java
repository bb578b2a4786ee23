package io.examday.harness.report;

import io.examday.harness.run.Counters;
import io.examday.harness.run.Run;
import io.examday.harness.run.Series;
import io.examday.harness.run.ServerHistory;
import io.examday.harness.sampling.MetricsTarget;
import io.examday.harness.threshold.Window;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Each portal instance's share of the requests and its CPU over full load, for a run against several instances
 * (the stack: scrapes labelled {@code instance}); empty for a run against one portal. Requests are those the
 * instance's Tomcat answered on its main port, the management port's scrapes left out.
 */
record InstanceTable(List<Row> rows) {

    private static final String REQUESTS = "http_server_requests_seconds_count";
    private static final String CPU_NANOS = "process_cpu_time_ns_total";
    private static final String CORES = "system_cpu_count";

    /**
     * @param cpu the instance's CPU as a share of all the machine's cores over the window; empty without the counter
     */
    record Row(String instance, double requests, double share, OptionalDouble cpu) {}

    static InstanceTable of(Run run) {
        ServerHistory history = run.server();
        List<Integer> rows = run.serverRows(Window.FULL_LOAD);
        TreeSet<String> instances = new TreeSet<>();
        history.columns(s -> s.label(MetricsTarget.INSTANCE_LABEL) != null)
                .forEach(c -> instances.add(history.series(c).label(MetricsTarget.INSTANCE_LABEL)));
        if (instances.isEmpty() || rows.size() < 2) {
            return new InstanceTable(List.of());
        }
        double all = Counters.increase(history, rows, history.columns(InstanceTable::answeredRequests));
        double seconds = (history.at(rows.getLast()) - history.at(rows.getFirst())) / 1000.0;
        return new InstanceTable(instances.stream().map(instance -> {
            double requests = Counters.increase(history, rows,
                    history.columns(s -> answeredRequests(s) && instance.equals(s.label(MetricsTarget.INSTANCE_LABEL))));
            return new Row(instance, requests, all > 0 ? requests / all : 0, cpu(history, rows, instance, seconds));
        }).toList());
    }

    private static boolean answeredRequests(Series s) {
        return s.name().equals(REQUESTS) && s.label("uri") != null && !s.label("uri").startsWith("/actuator");
    }

    private static OptionalDouble cpu(ServerHistory history, List<Integer> rows, String instance, double seconds) {
        List<Integer> cpu = history.columns(s -> s.name().equals(CPU_NANOS) && instance.equals(s.label(MetricsTarget.INSTANCE_LABEL)));
        List<Integer> cores = history.columns(s -> s.name().equals(CORES) && instance.equals(s.label(MetricsTarget.INSTANCE_LABEL)));
        double n = cores.isEmpty() ? Double.NaN : history.value(rows.getLast(), cores.getFirst());
        if (cpu.isEmpty() || !(n > 0) || seconds <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Counters.increase(history, rows, cpu) / (seconds * 1e9 * n));
    }
}
