package io.examday.harness.run;

import io.examday.harness.sampling.ProcessClass;
import io.examday.harness.sampling.ProcessLine;
import io.examday.harness.sampling.ServerLog;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU of the system under test (the origin plan's one server: the portal, PostgreSQL and Redis) over a run,
 * interval by interval, from the best source the run folder holds, with each part's CPU beside it.
 */
public record SystemCpu(Source source, List<Interval> intervals) {

    /** The part that is the whole machine, beside the process classes. */
    public static final String MACHINE = "machine";

    public enum Source {
        PROCESSES("portal + PostgreSQL + Redis (+ Nginx through the stack), read from /proc on the load machine"),
        MACHINE_LESS_INJECTOR("the machine's CPU less the injector's: the portal's processes were not told apart, so"
                + " anything else running on the machine counts too"),
        PORTAL_JVM("the portal JVM's own CPU only (process_cpu_time_ns_total, else the process_cpu_usage gauge):"
                + " PostgreSQL and Redis are not seen");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * CPU over one stretch between samples.
     *
     * @param capacity all cores' time over the stretch
     * @param sut      the system under test's CPU time, in the same unit
     * @param parts    each known part's CPU time ({@link ProcessClass} words and {@link #MACHINE}), same unit
     */
    public record Interval(long from, long to, double capacity, double sut, Map<String, Double> parts) {}

    /** Shares of all cores over a stretch: the system under test's and each part's. */
    public record Share(Span span, double sut, Map<String, Double> parts) {}

    public SystemCpu {
        intervals = List.copyOf(intervals);
    }

    public static SystemCpu of(Run run) {
        List<ProcessLine> lines = ServerLog.PROCESSES.read(run.dir());
        if (lines.stream().anyMatch(l -> l.processes().getOrDefault(ProcessClass.PORTAL.word(), 0) > 0)) {
            return new SystemCpu(Source.PROCESSES, lines.stream().map(l -> fromProcesses(l, true)).toList());
        }
        if (!lines.isEmpty()) {
            return new SystemCpu(Source.MACHINE_LESS_INJECTOR, lines.stream().map(l -> fromProcesses(l, false)).toList());
        }
        List<Timeline.Row> rows = run.timeline().map(Timeline::rows).orElse(List.of()).stream()
                .filter(r -> !Double.isNaN(r.injectorCpu()) && !Double.isNaN(r.systemCpu())).toList();
        if (onThisMachine(run.description().target()) && !rows.isEmpty()) {
            return new SystemCpu(Source.MACHINE_LESS_INJECTOR, rows.stream().map(SystemCpu::fromTimeline).toList());
        }
        return new SystemCpu(Source.PORTAL_JVM, fromPortal(run.server()));
    }

    private static Interval fromProcesses(ProcessLine line, boolean portalFound) {
        Map<String, Double> parts = new LinkedHashMap<>();
        for (ProcessClass c : ProcessClass.values()) {
            if (!c.onlyWhereItRan() || line.processes().getOrDefault(c.word(), 0) > 0) {
                parts.put(c.word(), (double) line.used().getOrDefault(c.word(), 0L));
            }
        }
        parts.put(MACHINE, (double) line.machine());
        double sut = portalFound
                ? ProcessClass.SYSTEM_UNDER_TEST.stream().mapToDouble(c -> parts.getOrDefault(c.word(), 0.0)).sum()
                : Math.max(0, line.machine() - parts.get(ProcessClass.INJECTOR.word()));
        return new Interval(line.from(), line.at(), line.capacity(), sut, parts);
    }

    /** The recorder's second: shares of the machine, so its capacity is one. */
    private static Interval fromTimeline(Timeline.Row row) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put(ProcessClass.INJECTOR.word(), row.injectorCpu());
        parts.put(MACHINE, row.systemCpu());
        return new Interval(row.epochMillis(), row.epochMillis() + 1000, 1, Math.max(0, row.systemCpu() - row.injectorCpu()), parts);
    }

    /**
     * Between consecutive scrapes: CPU nanoseconds against wall nanoseconds times cores; without the counter (an
     * older Micrometer), the {@code process_cpu_usage} gauge, a share of the machine over the last moments.
     */
    private static List<Interval> fromPortal(ServerHistory history) {
        List<Interval> intervals = new ArrayList<>();
        List<Integer> cpu = history.columns(s -> s.name().equals("process_cpu_time_ns_total"));
        List<Integer> cores = history.columns(s -> s.name().equals("system_cpu_count"));
        List<Integer> gauge = history.columns(s -> s.name().equals("process_cpu_usage"));
        for (int row = 1; row < history.size(); row++) {
            long from = history.at(row - 1);
            long to = history.at(row);
            double n = cores.isEmpty() ? Double.NaN : history.value(row, cores.getFirst());
            if (to <= from) {
                continue;
            }
            if (!cpu.isEmpty() && n > 0) {
                double used = Counters.increase(history, List.of(row - 1, row), cpu);
                intervals.add(new Interval(from, to, (to - from) * 1e6 * n, used, Map.of(ProcessClass.PORTAL.word(), used)));
            } else if (!gauge.isEmpty() && !Double.isNaN(history.value(row, gauge.getFirst()))) {
                double used = history.value(row, gauge.getFirst()) * (to - from);
                intervals.add(new Interval(from, to, to - from, used, Map.of(ProcessClass.PORTAL.word(), used)));
            }
        }
        return intervals;
    }

    /** The shares over the intervals whose middle lies in the span; empty when none does. */
    public Optional<Share> over(Span span) {
        return share(inside(span));
    }

    /**
     * The highest average over any {@code windowMillis} of consecutive intervals inside the span: for each interval,
     * the window ending with it reaches back until it covers {@code windowMillis}. A span whose samples cover less
     * than one window is judged whole ({@link #shorterThan}).
     */
    public Optional<Share> peak(Span span, long windowMillis) {
        List<Interval> inside = inside(span);
        if (shorterThan(span, windowMillis)) {
            return share(inside);
        }
        Optional<Share> worst = Optional.empty();
        int first = 0;
        for (int last = 0; last < inside.size(); last++) {
            long end = inside.get(last).to();
            if (end - inside.getFirst().from() < windowMillis) {
                continue;
            }
            while (first < last && end - inside.get(first + 1).from() >= windowMillis) {
                first++;
            }
            Optional<Share> share = share(inside.subList(first, last + 1));
            if (share.isPresent() && (worst.isEmpty() || share.get().sut() > worst.get().sut())) {
                worst = share;
            }
        }
        return worst;
    }

    /** Whether the samples inside the span cover less than one window. */
    public boolean shorterThan(Span span, long windowMillis) {
        List<Interval> inside = inside(span);
        return inside.isEmpty() || inside.getLast().to() - inside.getFirst().from() < windowMillis;
    }

    private List<Interval> inside(Span span) {
        return intervals.stream().filter(i -> span.contains((i.from() + i.to()) / 2)).toList();
    }

    private static Optional<Share> share(List<Interval> stretch) {
        double capacity = stretch.stream().mapToDouble(Interval::capacity).sum();
        if (stretch.isEmpty() || capacity <= 0) {
            return Optional.empty();
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        for (Interval i : stretch) {
            i.parts().forEach((part, used) -> parts.merge(part, used, Double::sum));
        }
        parts.replaceAll((part, used) -> used / capacity);
        double sut = stretch.stream().mapToDouble(Interval::sut).sum() / capacity;
        return Optional.of(new Share(new Span(stretch.getFirst().from(), stretch.getLast().to()), sut, parts));
    }

    private static boolean onThisMachine(String target) {
        try {
            String host = target == null ? null : URI.create(target).getHost();
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return false;
        }
    }
}
