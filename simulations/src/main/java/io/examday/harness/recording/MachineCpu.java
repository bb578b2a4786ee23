package io.examday.harness.recording;

import java.lang.management.ManagementFactory;
import com.sun.management.OperatingSystemMXBean;

/**
 * CPU of the injector process and of the whole machine, each as a share (0..1) of all the machine's cores, over
 * the time since the previous sample. The portal runs on the same cores: an injector near saturation makes the
 * client's timings untrustworthy, which the judge checks from these columns.
 */
final class MachineCpu {

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private long lastProcessCpuNanos = os.getProcessCpuTime();
    private long lastWallNanos = System.nanoTime();

    record Sample(double injector, double system) {}

    /** Single caller (the ticker thread). The system share is -1 where the platform cannot tell. */
    Sample sample() {
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        long elapsed = Math.max(1, wall - lastWallNanos);
        double injector = Math.clamp((cpu - lastProcessCpuNanos) / ((double) elapsed * cores), 0, 1);
        lastProcessCpuNanos = cpu;
        lastWallNanos = wall;
        double system = os.getCpuLoad();
        return new Sample(injector, system < 0 ? -1 : Math.clamp(system, 0, 1));
    }
}
