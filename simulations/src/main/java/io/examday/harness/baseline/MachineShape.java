package io.examday.harness.baseline;

import io.examday.harness.run.RunDescription;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a run's figures depend on besides the code: the same portal on fewer cores or another JVM is slower, not
 * regressed. Taken from run.json's {@code machine} and {@code injector}; versions that change with every patch
 * (the kernel's, Java's update) are left out, memory is rounded to whole GiB.
 *
 * @param os        the operating system's name, without its version
 * @param java      the Java feature version the run used ({@code 25})
 */
public record MachineShape(String os, Integer cores, Long memoryGiB, String java) {

    private static final double GIB = 1024.0 * 1024 * 1024;

    public static MachineShape of(RunDescription run) {
        Map<String, Object> machine = run.machine();
        Object os = machine.get("os");
        Object javaVersion = run.injector().get("javaVersion");
        Integer cores = machine.get("cores") instanceof Number n ? n.intValue() : null;
        Long memory = machine.get("memoryBytes") instanceof Number n ? Math.round(n.doubleValue() / GIB) : null;
        return new MachineShape(os == null ? null : osName(os.toString()), cores, memory,
                javaVersion == null ? null : javaVersion.toString().split("[.+\\-]", 2)[0]);
    }

    /** "Linux 6.8.0-49-generic" → "Linux": a kernel update does not make a different machine. */
    private static String osName(String os) {
        String[] words = os.strip().split("\\s+");
        int keep = words.length;
        while (keep > 1 && Character.isDigit(words[keep - 1].charAt(0))) {
            keep--;
        }
        return String.join(" ", Arrays.copyOf(words, keep));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s cores, %s GiB, %s, Java %s", or(cores), or(memoryGiB), or(os), or(java));
    }

    private static String or(Object value) {
        return value == null ? "?" : value.toString();
    }
}
