package io.examday.harness.run;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * The portal's gauges a long run watches for growth, read from one scrape: what it keeps on the heap and what it holds
 * open. Each is empty where the scrape did not carry it.
 */
public final class PortalGauges {

    public static final String HEAP_RETAINED = "jvm_memory_usage_after_gc";
    public static final String OPEN_FILES = "process_files_open_files";
    public static final String THREADS = "jvm_threads_live_threads";
    public static final String POOL_ACTIVE = "hikaricp_connections_active";
    private static final String HEAP_USED = "jvm_memory_used_bytes";
    private static final String HEAP_MAX = "jvm_memory_max_bytes";
    private static final double MIB = 1024 * 1024;

    private final ServerHistory history;
    private final List<Integer> retainedShare;
    private final List<Integer> heapMax;
    private final List<Integer> heapUsed;
    private final List<Integer> openFiles;
    private final List<Integer> threads;
    private final List<Integer> poolActive;

    public PortalGauges(ServerHistory history) {
        this.history = history;
        Predicate<Series> heap = s -> "heap".equals(s.label("area"));
        retainedShare = history.columns(s -> s.name().equals(HEAP_RETAINED) && heap.test(s) && "long-lived".equals(s.label("pool")));
        heapMax = history.columns(s -> s.name().equals(HEAP_MAX) && heap.test(s));
        heapUsed = history.columns(s -> s.name().equals(HEAP_USED) && heap.test(s));
        openFiles = history.columns(s -> s.name().equals(OPEN_FILES));
        threads = history.columns(s -> s.name().equals(THREADS));
        poolActive = history.columns(s -> s.name().equals(POOL_ACTIVE));
    }

    /**
     * MiB left in the long-lived generation after its last collection: Micrometer's share of the pools' maximum, times
     * the heap's maximum (every heap pool of ZGC and the old one of G1 report the whole heap). Empty before the first
     * such collection, which the JVM reports as 0.
     */
    public OptionalDouble heapRetainedMiB(int row) {
        OptionalDouble share = sum(row, retainedShare);
        OptionalDouble max = largest(row, heapMax);
        if (share.isEmpty() || max.isEmpty() || share.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(share.getAsDouble() * max.getAsDouble() / MIB);
    }

    /** MiB of heap in use, garbage included: the saw-tooth the collector cuts down. */
    public OptionalDouble heapUsedMiB(int row) {
        OptionalDouble used = sum(row, heapUsed);
        return used.isEmpty() ? used : OptionalDouble.of(used.getAsDouble() / MIB);
    }

    public OptionalDouble openFiles(int row) {
        return sum(row, openFiles);
    }

    public OptionalDouble threads(int row) {
        return sum(row, threads);
    }

    public OptionalDouble poolActive(int row) {
        return sum(row, poolActive);
    }

    private OptionalDouble sum(int row, List<Integer> columns) {
        double total = 0;
        boolean any = false;
        for (int column : columns) {
            double v = history.value(row, column);
            if (!Double.isNaN(v)) {
                total += v;
                any = true;
            }
        }
        return any ? OptionalDouble.of(total) : OptionalDouble.empty();
    }

    private OptionalDouble largest(int row, List<Integer> columns) {
        return columns.stream().mapToDouble(c -> history.value(row, c)).filter(v -> !Double.isNaN(v) && v > 0).max();
    }
}
