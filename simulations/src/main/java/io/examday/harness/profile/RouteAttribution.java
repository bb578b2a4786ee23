package io.examday.harness.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the request a CPU sample was taken in: the request span on the sample's thread that holds the sample's time.
 * Each request runs on a virtual thread of its own, and JFR names the mounted virtual thread (not its carrier) as
 * the sampled thread, with the same Java thread id the request's event carries.
 */
final class RouteAttribution {

    private final Map<Long, TreeMap<Long, RouteSpan>> byThread = new HashMap<>();

    RouteAttribution(List<RouteSpan> spans) {
        // Spans on one thread do not overlap (a thread serves one request at a time), so the latest start at or
        // before a sample is the only candidate.
        spans.forEach(s -> byThread.computeIfAbsent(s.threadId(), t -> new TreeMap<>()).merge(s.startNanos(), s,
                (a, b) -> a.endNanos() >= b.endNanos() ? a : b));
    }

    Optional<RouteSpan> spanOf(StackSample sample) {
        TreeMap<Long, RouteSpan> spans = byThread.get(sample.threadId());
        if (spans == null) {
            return Optional.empty();
        }
        Map.Entry<Long, RouteSpan> latest = spans.floorEntry(sample.epochNanos());
        return latest != null && latest.getValue().holds(sample.epochNanos()) ? Optional.of(latest.getValue()) : Optional.empty();
    }
}
