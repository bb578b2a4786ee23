package io.examday.harness.run;

import java.util.List;
import java.util.Map;

/**
 * The p95 of every tumbling window across a span, aligned to the span's start, per request name and for all requests
 * together. A window in which a name got no request is absent from that name's list. Only these figures are kept,
 * never the windows' histograms, so a run of hours costs a few kilobytes.
 *
 * @param everyMillis the windows' width; the last window ends with the span and may be shorter
 */
public record LatencyWindows(long everyMillis, Map<String, List<Slice>> byName, List<Slice> all) {

    /** One window, {@code [from, to)} in epoch milliseconds: how many requests it held and their p95. */
    public record Slice(long from, long to, long count, double p95Ms) {}

    public LatencyWindows {
        byName = Map.copyOf(byName);
        all = List.copyOf(all);
    }

    public List<Slice> of(String name) {
        return byName.getOrDefault(name, List.of());
    }
}
