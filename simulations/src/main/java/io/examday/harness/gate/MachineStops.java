package io.examday.harness.gate;

import io.examday.harness.run.Run;
import io.examday.harness.run.ServerHistory;
import io.examday.harness.run.Timeline;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Spans in which the whole machine stood still, as when its host pauses or snapshots a virtual machine: the
 * injector's once-a-second timeline skips seconds and, over the same span, the server sampler (a process of its own)
 * took no scrape. Requests due then leave late, so such a span explains a schedule lag; it is named beside that
 * check and changes no verdict.
 */
final class MachineStops {

    /** A timeline row this much later than the one before it means the recorder did not run in between. */
    static final long GAP_MILLIS = 3_000;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    record Stop(long fromMillis, long toMillis) {
        long millis() {
            return toMillis - fromMillis;
        }
    }

    private MachineStops() {}

    static List<Stop> in(Run run) {
        if (run.timeline().isEmpty() || run.server().size() == 0) {
            return List.of();
        }
        List<Timeline.Row> rows = run.timeline().get().rows();
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            long from = rows.get(i - 1).epochMillis();
            long to = rows.get(i).epochMillis();
            if (to - from > GAP_MILLIS && noScrapeBetween(run.server(), from, to)) {
                stops.add(new Stop(from, to));
            }
        }
        return stops;
    }

    /** A clause for a check's note: empty when the machine never stood still. */
    static String describe(List<Stop> stops) {
        if (stops.isEmpty()) {
            return "";
        }
        return "; the whole machine stood still (no injector second and no server scrape) "
                + stops.stream().map(s -> String.format(Locale.ROOT, "%.1f s from %s UTC", s.millis() / 1000.0,
                        CLOCK.format(Instant.ofEpochMilli(s.fromMillis())))).collect(Collectors.joining(", "));
    }

    private static boolean noScrapeBetween(ServerHistory server, long from, long to) {
        for (int row = 0; row < server.size(); row++) {
            long at = server.at(row);
            if (at > from && at < to) {
                return false;
            }
        }
        return server.at(0) < from && server.at(server.size() - 1) > to;
    }
}
