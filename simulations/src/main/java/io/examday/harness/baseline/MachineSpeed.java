package io.examday.harness.baseline;

import io.examday.harness.run.RunDescription;
import io.examday.harness.run.SpeedAfterRun;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How fast this machine does a fixed piece of single-threaded work (sorting, a hash map, SHA-256) at the start of a
 * run: the thread's own CPU milliseconds, best of several rounds. CPU time and not elapsed time, so a process that
 * shares the cores at that moment counts less. Two machines of one shape can differ by more than a regression
 * tolerance (a CI runner measured 2.2 times the CPU per request of this project's own machine for the same code), so
 * p95 and CPU per request are compared with a baseline only when the two speeds are close; statements per request
 * do not depend on speed and are always compared.
 */
public final class MachineSpeed {

    /** run.json's {@code machine.speedMs}. */
    public static final String FIELD = "speedMs";
    /** Speeds further apart than this factor make timing figures not comparable. */
    public static final double COMPARABLE_WITHIN = 1.3;

    private static final int ROUNDS = 20;
    private static final int ELEMENTS = 400_000;
    /** Where each round's result goes, so the JIT cannot drop the work as unused. */
    private static volatile long checksum;

    private MachineSpeed() {}

    /** The best of {@link #ROUNDS} timed rounds; the first rounds also warm the JIT. */
    public static double measureMs() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long started = threads.getCurrentThreadCpuTime();
            checksum = work();
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - started) / 1e6);
        }
        return Math.round(best * 10) / 10.0;
    }

    private static long work() {
        SplittableRandom random = new SplittableRandom(20261202L);
        long[] values = random.longs(ELEMENTS).toArray();
        Arrays.sort(values);
        Map<Long, Long> map = new HashMap<>();
        for (long value : values) {
            map.merge(value % 65_536, value, Long::sum);
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES * 1024);
        for (int i = 0; i < values.length; i += 1024) {
            bytes.clear();
            for (int j = i; j < Math.min(i + 1024, values.length); j++) {
                bytes.putLong(values[j]);
            }
            sha.update(bytes.array(), 0, bytes.position());
        }
        return map.size() + sha.digest()[0];
    }

    /** The speed a run recorded, if it did (runs from before it was kept did not). */
    public static Optional<Double> of(RunDescription run) {
        return run.machine().get(FIELD) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    /** The speed measured after the run, once the portal had stopped; absent from runs recorded before it was. */
    public static Optional<Double> afterRun(RunDescription run) {
        return run.machine().get(SpeedAfterRun.FIELD) instanceof Number n
                ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    /** Whether timing figures measured at these two speeds can be compared. */
    public static boolean comparable(double oneMs, double otherMs) {
        return Math.max(oneMs, otherMs) <= COMPARABLE_WITHIN * Math.min(oneMs, otherMs);
    }
}
