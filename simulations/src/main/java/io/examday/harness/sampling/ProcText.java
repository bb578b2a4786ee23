package io.examday.harness.sampling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The few lines of Linux's {@code /proc} (proc(5)) the sampler reads. CPU time stays in clock ticks: a process's
 * ticks over the machine's total ticks (all cores) is its share of the machine whatever the tick rate.
 */
final class ProcText {

    private ProcText() {}

    /** The machine's CPU time since boot, all cores summed: busy ticks and all ticks. */
    record MachineTicks(long busy, long total, int cores) {}

    /** A process's CPU time (user + system, all its threads) since it started, its name and its parent. */
    record ProcessTicks(long pid, String comm, long parent, long ticks) {}

    /**
     * {@code /proc/stat}: the first line {@code cpu user nice system idle iowait irq softirq steal ...}; guest time is
     * already inside user and nice, so only the first eight count. Idle and iowait are not busy.
     */
    static MachineTicks machine(String procStat) {
        List<String> lines = procStat.lines().toList();
        String[] cpu = lines.stream().filter(l -> l.startsWith("cpu ")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no 'cpu' line in /proc/stat")).trim().split("\\s+");
        if (cpu.length < 9) {
            throw new IllegalArgumentException("/proc/stat 'cpu' line has " + (cpu.length - 1) + " fields, wanted 8");
        }
        long total = 0;
        for (int i = 1; i <= 8; i++) {
            total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        int cores = (int) lines.stream().filter(l -> l.matches("cpu\\d+ .*")).count();
        return new MachineTicks(total - idle, total, cores);
    }

    /**
     * {@code /proc/<pid>/stat}: the name sits in parentheses and may itself hold spaces and parentheses, so fields
     * are counted from the last ')'; the parent is field 4, utime and stime are fields 14 and 15.
     */
    static ProcessTicks process(long pid, String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("/proc/" + pid + "/stat has no (comm)");
        }
        String[] rest = stat.substring(close + 1).trim().split("\\s+");
        if (rest.length < 13) {
            throw new IllegalArgumentException("/proc/" + pid + "/stat is too short");
        }
        // rest[0] is field 3 (state): field n is rest[n - 3].
        return new ProcessTicks(pid, stat.substring(open + 1, close), Long.parseLong(rest[1]),
                Long.parseLong(rest[11]) + Long.parseLong(rest[12]));
    }

    /** {@code /proc/<pid>/cmdline}: the arguments, NUL-separated. */
    static List<String> arguments(byte[] cmdline) {
        List<String> args = new ArrayList<>();
        for (String arg : new String(cmdline, StandardCharsets.UTF_8).split("\0")) {
            if (!arg.isEmpty()) {
                args.add(arg);
            }
        }
        return args;
    }

    /** Socket inodes listening on a port, from {@code /proc/net/tcp} or {@code tcp6}. */
    static Set<Long> listening(String netTcp, int port) {
        return listeners(netTcp).getOrDefault(port, Set.of());
    }

    /**
     * Every listening socket's inode by port: a line's second field is {@code address:PORT} in hex, its fourth the
     * state ({@code 0A} = LISTEN), its tenth the inode.
     */
    static Map<Integer, Set<Long>> listeners(String netTcp) {
        Map<Integer, Set<Long>> byPort = new HashMap<>();
        for (String line : netTcp.lines().skip(1).toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 10 && f[3].equals("0A")) {
                byPort.computeIfAbsent(port(f[1]), p -> new TreeSet<>()).add(Long.parseLong(f[9]));
            }
        }
        return byPort;
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1), 16);
    }

    /**
     * The remote ports of established connections whose socket inode is among the given ones, from
     * {@code /proc/net/tcp} or {@code tcp6} (state {@code 01}): the servers a process is connected to.
     */
    static Set<Integer> remotePorts(String netTcp, Set<Long> inodes) {
        Set<Integer> ports = new TreeSet<>();
        for (String line : netTcp.lines().skip(1).toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 10 && f[3].equals("01") && inodes.contains(Long.parseLong(f[9]))) {
                ports.add(port(f[2]));
            }
        }
        return ports;
    }

    /** The inode of a file descriptor's link target {@code socket:[12345]}, if it is a socket. */
    static Optional<Long> socketInode(String linkTarget) {
        if (linkTarget.startsWith("socket:[") && linkTarget.endsWith("]")) {
            return Optional.of(Long.parseLong(linkTarget.substring(8, linkTarget.length() - 1)));
        }
        return Optional.empty();
    }
}
