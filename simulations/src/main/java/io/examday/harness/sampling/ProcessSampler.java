package io.examday.harness.sampling;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the load machine's CPU time from {@code /proc}, whole and per process, and answers what each class of
 * process used since the previous sample. Only for a portal on this machine: the portal is the process listening on
 * its metrics port, or failing that the one running {@code portal-app.jar}.
 */
public final class ProcessSampler {

    /** How often a portal not found (or gone) is looked for again: finding it reads every process's descriptors. */
    private static final long FIND_AGAIN_MILLIS = 10_000;

    private final Path proc;
    private final OptionalInt portalPort;
    private final Map<Long, ProcessClass> classOf = new HashMap<>();
    private Set<Long> portalPids = Set.of();
    private String portalFoundBy = "not found";
    private long lastFind = Long.MIN_VALUE;
    private Snapshot previous;

    ProcessSampler(Path proc, OptionalInt portalPort) {
        this.proc = proc;
        this.portalPort = portalPort;
    }

    /** A sampler for this machine, when it has {@code /proc} and the metrics URL names this machine. */
    public static Optional<ProcessSampler> forLocalPortal(URI metrics) {
        Path proc = Path.of("/proc");
        if (!Files.isReadable(proc.resolve("stat")) || !isThisMachine(metrics.getHost())) {
            return Optional.empty();
        }
        return Optional.of(new ProcessSampler(proc, metrics.getPort() > 0 ? OptionalInt.of(metrics.getPort()) : OptionalInt.empty()));
    }

    private record Snapshot(long at, ProcText.MachineTicks machine, Map<Long, Long> ticks) {}

    /** The CPU used since the previous call; empty on the first call, which only sets the starting point. */
    public Optional<ProcessLine> sample(long now) throws IOException {
        ProcText.MachineTicks machine = ProcText.machine(Files.readString(proc.resolve("stat")));
        if (portalGone() && lastFind + FIND_AGAIN_MILLIS <= now) {
            lastFind = now;
            findPortal();
        }
        Map<Long, Long> ticks = new HashMap<>();
        Map<ProcessClass, Long> used = new EnumMap<>(ProcessClass.class);
        Map<ProcessClass, Integer> count = new EnumMap<>(ProcessClass.class);
        for (ProcessClass c : ProcessClass.values()) {
            used.put(c, 0L);
            count.put(c, 0);
        }
        for (long pid : pids()) {
            Optional<ProcText.ProcessTicks> p = read(pid);
            if (p.isEmpty()) {
                continue; // gone between the listing and the read
            }
            ticks.put(pid, p.get().ticks());
            ProcessClass c = portalPids.contains(pid) ? ProcessClass.PORTAL
                    : classOf.computeIfAbsent(pid, id -> ProcessClass.of(p.get().comm(), arguments(id)));
            count.merge(c, 1, Integer::sum);
            if (previous != null) {
                // A process first seen now was born since the previous sample: all its time is in the interval.
                long before = previous.ticks().getOrDefault(pid, 0L);
                used.merge(c, Math.max(0, p.get().ticks() - before), Long::sum);
            }
        }
        classOf.keySet().retainAll(ticks.keySet());
        Snapshot last = previous;
        previous = new Snapshot(now, machine, ticks);
        if (last == null) {
            return Optional.empty();
        }
        Map<String, Long> usedByWord = new TreeMap<>();
        Map<String, Integer> countByWord = new TreeMap<>();
        used.forEach((c, t) -> usedByWord.put(c.word(), t));
        count.forEach((c, n) -> countByWord.put(c.word(), n));
        return Optional.of(new ProcessLine(last.at(), now, machine.cores(), machine.total() - last.machine().total(),
                machine.busy() - last.machine().busy(), usedByWord, countByWord, portalFoundBy));
    }

    private boolean portalGone() {
        return portalPids.isEmpty() || portalPids.stream().noneMatch(pid -> Files.exists(proc.resolve(Long.toString(pid))));
    }

    /** By the socket listening on the metrics port; failing that, by {@code portal-app.jar} in the arguments. */
    private void findPortal() throws IOException {
        Set<Long> found = new HashSet<>();
        if (portalPort.isPresent()) {
            Set<Long> inodes = new HashSet<>();
            for (String table : List.of("tcp", "tcp6")) {
                Path file = proc.resolve("net").resolve(table);
                if (Files.isReadable(file)) {
                    inodes.addAll(ProcText.listening(Files.readString(file), portalPort.getAsInt()));
                }
            }
            for (long pid : inodes.isEmpty() ? List.<Long>of() : pids()) {
                if (holdsAny(pid, inodes)) {
                    found.add(pid);
                }
            }
            if (!found.isEmpty()) {
                settle(found, "listening on port " + portalPort.getAsInt() + " (pid " + found.iterator().next() + ")");
                return;
            }
        }
        for (long pid : pids()) {
            if (arguments(pid).stream().anyMatch(a -> a.endsWith("portal-app.jar"))) {
                found.add(pid);
            }
        }
        settle(found, found.isEmpty() ? "not found: nothing listens on the metrics port or runs portal-app.jar"
                : "running portal-app.jar (pid " + found.iterator().next() + ")");
    }

    private void settle(Set<Long> pids, String how) {
        portalPids = Set.copyOf(pids);
        portalFoundBy = how;
        classOf.keySet().removeAll(pids);
    }

    private boolean holdsAny(long pid, Set<Long> inodes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    Optional<Long> inode = ProcText.socketInode(Files.readSymbolicLink(fd).toString());
                    if (inode.isPresent() && inodes.contains(inode.get())) {
                        return true;
                    }
                } catch (IOException | UnsupportedOperationException closedOrNotALink) {
                    // The descriptor closed while we looked, or is not a link: not the socket.
                }
            }
        } catch (IOException notOursOrGone) {
            // Another user's process, or one that ended: its descriptors are not ours to read.
        }
        return false;
    }

    private List<Long> pids() throws IOException {
        try (var entries = Files.list(proc)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).toList();
        }
    }

    private Optional<ProcText.ProcessTicks> read(long pid) {
        try {
            return Optional.of(ProcText.process(pid, Files.readString(proc.resolve(Long.toString(pid)).resolve("stat"))));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    private List<String> arguments(long pid) {
        try {
            return ProcText.arguments(Files.readAllBytes(proc.resolve(Long.toString(pid)).resolve("cmdline")));
        } catch (IOException gone) {
            return List.of();
        }
    }

    private static boolean isThisMachine(String host) {
        if (host == null) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress() || address.isAnyLocalAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
