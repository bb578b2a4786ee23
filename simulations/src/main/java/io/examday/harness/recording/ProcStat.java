package io.examday.harness.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine's CPU from Linux's {@code /proc/stat}: busy and total jiffies of all cores together. The JVM's
 * {@code getCpuLoad} answers for its container's cgroup when it finds one and keeps one shared last sample for
 * every caller; the difference of two readings here is the whole machine over exactly the ticker's second.
 */
record ProcStat(long busy, long total) {

    static final Path FILE = Path.of("/proc/stat");

    /** The aggregate {@code cpu} line, or empty where there is no {@code /proc/stat} (not Linux) or it cannot be read. */
    static Optional<ProcStat> read(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith("cpu ")).findFirst().map(ProcStat::parse);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code cpu user nice system idle iowait irq softirq steal guest guest_nice}: idle and iowait are idle time,
     * the others busy; guest time is already inside user and nice, so it is not added again.
     */
    static ProcStat parse(String cpuLine) {
        String[] f = cpuLine.strip().split("\\s+");
        long[] v = new long[8];
        for (int i = 0; i < v.length && i + 1 < f.length; i++) {
            v[i] = Long.parseLong(f[i + 1]);
        }
        long idle = v[3] + v[4];
        long busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7];
        return new ProcStat(busy, busy + idle);
    }

    /** The busy share (0..1) of the time since {@code earlier}; -1 when no time passed between the two. */
    double busyShareSince(ProcStat earlier) {
        long total = this.total - earlier.total;
        return total <= 0 ? -1 : Math.clamp((double) (busy - earlier.busy) / total, 0, 1);
    }
}
