package io.examday.harness.recording;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import com.sun.management.OperatingSystemMXBean;

/**
 * CPU of the injector process and of the whole machine, each as a share (0..1) of all the machine's cores, over
 * the time since the previous sample. The portal runs on the same cores. The injector's own share is a secondary
 * figure: starved of CPU on shared cores it shows low, not high; its schedule lag ({@code lag.hlog}) is what shows
 * starvation, and the machine's share says what starved it.
 */
final class MachineCpu {

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private long lastProcessCpuNanos = os.getProcessCpuTime();
    private long lastWallNanos = System.nanoTime();
    private Optional<ProcStat> lastMachine = ProcStat.read(ProcStat.FILE);

    record Sample(double injector, double system) {}

    /** Single caller (the ticker thread). The system share is -1 where the platform cannot tell. */
    Sample sample() {
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        long elapsed = Math.max(1, wall - lastWallNanos);
        double injector = Math.clamp((cpu - lastProcessCpuNanos) / ((double) elapsed * cores), 0, 1);
        lastProcessCpuNanos = cpu;
        lastWallNanos = wall;
        return new Sample(injector, system());
    }

    /** From {@code /proc/stat} on Linux; elsewhere the JVM's own figure. */
    private double system() {
        if (lastMachine.isPresent()) {
            Optional<ProcStat> now = ProcStat.read(ProcStat.FILE);
            if (now.isEmpty()) {
                return -1;
            }
            double share = now.get().busyShareSince(lastMachine.get());
            lastMachine = now;
            return share;
        }
        double load = os.getCpuLoad();
        return load < 0 ? -1 : Math.clamp(load, 0, 1);
    }
}
