package io.examday.harness.gate;

import io.examday.harness.run.Run;
import io.examday.harness.run.ServerHistory;
import io.examday.harness.run.Span;
import io.examday.harness.run.SystemCpu;
import io.examday.harness.threshold.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which of the portal's limits the run reached, and which first: the machine's cores (the injector's included, as
 * they share them), the admission line (requests waiting for one of the portal's working places: it queues only
 * when every place is taken), the database pool (requests waiting for a connection) and the portal's open files
 * (each client connection is one: near the process's limit, new connections wait to be accepted, as in the first
 * 20k run, whose portal held 19,063 of its 20,000 at the open). A limit counts as reached
 * where it held in at least {@value #SUSTAINED} samples in a row; a single sample is a blip. Reported for every run,
 * judged never: a slow minute is judged by the latency checks, and this says what ran out behind it.
 */
final class Saturation {

    static final String ID = "saturation";
    static final String NOTHING = "nothing";
    private static final String NAME = "What ran out first";
    private static final int SUSTAINED = 2;
    /** The machine's cores count as full from this share: the samplers' own rounding keeps a full machine below 1. */
    private static final double MACHINE_FULL = 0.95;
    /** Open files count as full from this share of the process's limit: the server's own connection cap sits below it. */
    private static final double FILES_FULL = 0.95;

    private Saturation() {}

    /** A limit reached: when first, for how long in all, and its worst sample in words. */
    record Reached(String limit, long firstAt, long millis, String worst) {}

    /** What one limit's samples showed: reached, not reached, or no samples of it at all. */
    private record Finding(String limit, boolean measured, Optional<Reached> reached) {}

    static Check check(Run run) {
        Span whole = run.whole();
        List<Finding> findings = List.of(machine(run, whole),
                queue(run.server(), whole, "examday_requests_waiting", "the admission line", "requests waiting for a working place"),
                queue(run.server(), whole, "hikaricp_connections_pending", "the database pool", "requests waiting for a connection"),
                files(run.server(), whole));
        List<Reached> reached = findings.stream().flatMap(f -> f.reached().stream())
                .sorted(Comparator.comparingLong(Reached::firstAt)).toList();
        List<String> notReached = findings.stream().filter(f -> f.measured() && f.reached().isEmpty()).map(Finding::limit).toList();
        List<String> unmeasured = findings.stream().filter(f -> !f.measured()).map(Finding::limit).toList();
        long start = run.description().startedAt().toEpochMilli();
        String target = "a limit held in " + SUSTAINED + " samples in a row";
        String measured = reached.isEmpty() ? NOTHING : reached.getFirst().limit();
        String note = reached.stream().map(r -> String.format(Locale.ROOT, "%s: first at +%s (%s UTC), %,d s in all, %s",
                        r.limit(), WindowedP95.offset(r.firstAt() - start), clock(r.firstAt()), r.millis() / 1000, r.worst()))
                .collect(Collectors.joining("; "));
        List<String> parts = new ArrayList<>();
        if (!note.isEmpty()) {
            parts.add(note);
        }
        if (!notReached.isEmpty()) {
            parts.add("never reached: " + String.join(", ", notReached));
        }
        if (!unmeasured.isEmpty()) {
            parts.add("no samples of: " + String.join(", ", unmeasured));
        }
        return Check.note(ID, NAME, Window.WHOLE_RUN, target, measured, String.join("; ", parts));
    }

    /** The machine's CPU samples (server/processes.jsonl): full from {@link #MACHINE_FULL} of all cores. */
    private static Finding machine(Run run, Span whole) {
        String limit = "the machine's cores";
        SystemCpu cpu = SystemCpu.of(run);
        List<SystemCpu.Interval> inside = cpu.intervals().stream()
                .filter(i -> i.parts().containsKey(SystemCpu.MACHINE) && whole.contains((i.from() + i.to()) / 2))
                .toList();
        Streak streak = new Streak();
        SystemCpu.Interval busiest = null;
        for (SystemCpu.Interval i : inside) {
            boolean full = i.parts().get(SystemCpu.MACHINE) / i.capacity() >= MACHINE_FULL;
            streak.sample(full, i.from(), i.to());
            if (full && (busiest == null || i.parts().get(SystemCpu.MACHINE) / i.capacity()
                    > busiest.parts().get(SystemCpu.MACHINE) / busiest.capacity())) {
                busiest = i;
            }
        }
        streak.end();
        if (streak.firstAt < 0 || busiest == null) {
            return new Finding(limit, !inside.isEmpty(), Optional.empty());
        }
        return new Finding(limit, true, Optional.of(new Reached(limit, streak.firstAt, streak.millis,
                "busiest sample " + share(busiest.parts().get(SystemCpu.MACHINE) / busiest.capacity()) + " of all cores ("
                        + parts(busiest) + ")")));
    }

    /** A gauge of things waiting (the portal's scrapes): reached while it is above zero. */
    private static Finding queue(ServerHistory history, Span whole, String gauge, String limit, String what) {
        List<Integer> columns = history.columns(s -> s.name().equals(gauge));
        if (columns.isEmpty()) {
            return new Finding(limit, false, Optional.empty());
        }
        Streak streak = new Streak();
        double most = 0;
        for (int row : history.rowsWithin(whole)) {
            double waiting = 0;
            for (int column : columns) {
                double v = history.value(row, column);
                waiting += Double.isNaN(v) ? 0 : v;
            }
            // A gauge is an instant: a streak lasts from its first sample to its last.
            streak.sample(waiting > 0, history.at(row), history.at(row));
            most = Math.max(most, waiting);
        }
        streak.end();
        return new Finding(limit, true, streak.firstAt < 0 ? Optional.empty()
                : Optional.of(new Reached(limit, streak.firstAt, streak.millis, String.format(Locale.ROOT, "at most %,.0f %s", most, what))));
    }

    /** The portal's open files against its limit (its scrapes' process_files_open_files and _max_files). */
    private static Finding files(ServerHistory history, Span whole) {
        String limit = "the portal's open files";
        List<Integer> open = history.columns(s -> s.name().equals("process_files_open_files"));
        List<Integer> max = history.columns(s -> s.name().equals("process_files_max_files"));
        if (open.isEmpty() || max.isEmpty()) {
            return new Finding(limit, false, Optional.empty());
        }
        Streak streak = new Streak();
        double most = 0;
        double allowed = 0;
        for (int row : history.rowsWithin(whole)) {
            double files = history.value(row, open.getFirst());
            double cap = history.value(row, max.getFirst());
            boolean full = !Double.isNaN(files) && !Double.isNaN(cap) && cap > 0 && files >= cap * FILES_FULL;
            streak.sample(full, history.at(row), history.at(row));
            if (!Double.isNaN(files) && files > most) {
                most = files;
                allowed = cap;
            }
        }
        streak.end();
        return new Finding(limit, true, streak.firstAt < 0 ? Optional.empty()
                : Optional.of(new Reached(limit, streak.firstAt, streak.millis, String.format(Locale.ROOT,
                        "at most %,.0f of the %,.0f files and sockets the process may hold open", most, allowed))));
    }

    private static String parts(SystemCpu.Interval i) {
        return i.parts().entrySet().stream()
                .filter(e -> !e.getKey().equals(SystemCpu.MACHINE) && e.getValue() / i.capacity() >= 0.01)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + share(e.getValue() / i.capacity()))
                .collect(Collectors.joining(", "));
    }

    private static String share(double fraction) {
        return Unit.SHARE.format(fraction);
    }

    private static String clock(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString().substring(11, 19);
    }

    /** Runs of consecutive samples at the limit; only runs of {@link #SUSTAINED} or more count. */
    private static final class Streak {

        long firstAt = -1;
        long millis;
        private int length;
        private long from;
        private long to;

        void sample(boolean atLimit, long sampleFrom, long sampleTo) {
            if (!atLimit) {
                end();
                return;
            }
            if (length == 0) {
                from = sampleFrom;
            }
            length++;
            to = sampleTo;
        }

        void end() {
            if (length >= SUSTAINED) {
                if (firstAt < 0) {
                    firstAt = from;
                }
                millis += to - from;
            }
            length = 0;
        }
    }
}
