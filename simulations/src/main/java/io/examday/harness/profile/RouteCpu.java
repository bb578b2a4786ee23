package io.examday.harness.profile;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CPU per request per route, over the whole recording and minute by minute, and the samples no request held.
 * A minute's CPU per request divides the samples taken in that minute by the requests that ended in it, so a
 * request that straddles a minute boundary is counted in one minute and its CPU in both.
 */
record RouteCpu(List<RouteTotal> routes, List<RouteMinute> minutes, long samples, long outside,
                List<ThreadGroupRow> outsideByThreads, Optional<Duration> period) {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    static RouteCpu of(ProfileData data, int topThreadGroups) {
        RouteAttribution attribution = new RouteAttribution(data.requests());
        Map<String, long[]> totals = new HashMap<>();
        Map<String, Map<Long, long[]>> minutes = new HashMap<>();
        Map<String, Long> outsideByThreads = new HashMap<>();
        for (RouteSpan r : data.requests()) {
            totals.computeIfAbsent(r.route(), k -> new long[2])[0]++;
            cell(minutes, r.route(), r.endNanos())[0]++;
        }
        long outside = 0;
        for (StackSample s : data.samples()) {
            Optional<RouteSpan> span = attribution.spanOf(s);
            if (span.isPresent()) {
                totals.get(span.get().route())[1]++;
                cell(minutes, span.get().route(), s.epochNanos())[1]++;
            } else {
                outside++;
                outsideByThreads.merge(OutsideWork.of(s, data.frames()), 1L, Long::sum);
            }
        }
        List<RouteTotal> routeRows = totals.entrySet().stream()
                .map(e -> new RouteTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(RouteTotal::samples).reversed().thenComparing(RouteTotal::route)).toList();
        List<RouteMinute> minuteRows = minutes.entrySet().stream().flatMap(route -> route.getValue().entrySet().stream()
                        .map(m -> new RouteMinute(route.getKey(), m.getKey() * 60_000, m.getValue()[0], m.getValue()[1])))
                .sorted(Comparator.comparingLong(RouteMinute::minuteStartMillis).thenComparing(RouteMinute::route)).toList();
        List<ThreadGroupRow> groups = outsideByThreads.entrySet().stream().map(e -> new ThreadGroupRow(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ThreadGroupRow::samples).reversed().thenComparing(ThreadGroupRow::threads))
                .limit(topThreadGroups).toList();
        return new RouteCpu(routeRows, minuteRows, data.samples().size(), outside, groups, data.samplingPeriod());
    }

    /** Samples times the sampling period, per request; empty without a known period or without requests. */
    OptionalDouble cpuMsPerRequest(long samples, long requests) {
        if (requests == 0 || period.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(samples * (period.get().toNanos() / 1e6) / requests);
    }

    double outsideShare() {
        return samples == 0 ? 0 : (double) outside / samples;
    }

    private static long[] cell(Map<String, Map<Long, long[]>> minutes, String route, long epochNanos) {
        return minutes.computeIfAbsent(route, k -> new HashMap<>()).computeIfAbsent(epochNanos / MINUTE_NANOS, m -> new long[2]);
    }
}
