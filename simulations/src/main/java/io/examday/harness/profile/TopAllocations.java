package io.examday.harness.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Allocation by the method that allocated (the sample's top frame) and by the class allocated. A sample's weight is
 * the bytes the JVM allocated since the previous sample on that thread, so sums of weights estimate the bytes.
 */
record TopAllocations(List<WeightRow> byMethod, List<WeightRow> byClass, long bytes) {

    static TopAllocations of(List<Allocation> allocations, FrameNames frames, int top) {
        return new TopAllocations(ranked(allocations, a -> frames.name(a.topFrame()), top),
                ranked(allocations, Allocation::objectClass, top),
                allocations.stream().mapToLong(Allocation::weight).sum());
    }

    private static List<WeightRow> ranked(List<Allocation> allocations, Function<Allocation, String> key, int top) {
        Map<String, Long> bytes = new HashMap<>();
        allocations.forEach(a -> bytes.merge(key.apply(a), a.weight(), Long::sum));
        return bytes.entrySet().stream().map(e -> new WeightRow(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(WeightRow::bytes).reversed().thenComparing(WeightRow::name))
                .limit(top).toList();
    }
}
