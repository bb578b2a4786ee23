package io.examday.harness.sampling;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the load machine's CPU time from {@code /proc}, whole and per process, and answers what each class of
 * process used since the previous sample. Only for a portal on this machine: the portal is the process listening on
 * its metrics port (every process listening on one of the instances' metrics ports, for several), or failing that
 * every one running {@code portal-app.jar}. Its PostgreSQL and Redis are the servers
 * listening on the ports it is connected to, with their children (PostgreSQL's backends); another PostgreSQL or
 * Redis on the machine counts as {@code other}. Until the portal is seen connected to one, every process of that
 * name counts.
 */
public final class ProcessSampler {

    /** How often a portal not found (or gone) is looked for again: finding it reads every process's descriptors. */
    private static final long FIND_AGAIN_MILLIS = 10_000;

    private final Path proc;
    private final Set<Integer> portalPorts;
    /** Each process's class, with the name it had when classified: a shell that exec'd a JVM is classified again. */
    private final Map<Long, Classified> classOf = new HashMap<>();
    private Set<Long> portalPids = Set.of();
    /** The PostgreSQL and Redis listeners the portal is connected to, by class. */
    private Map<ProcessClass, Set<Long>> servers = Map.of();
    private String portalFoundBy = "not found";
    private long lastFind = Long.MIN_VALUE;
    private Snapshot previous;

    ProcessSampler(Path proc, Set<Integer> portalPorts) {
        this.proc = proc;
        this.portalPorts = Set.copyOf(portalPorts);
    }

    /** A sampler for this machine, when it has {@code /proc} and the metrics URL names this machine. */
    public static Optional<ProcessSampler> forLocalPortal(List<MetricsTarget> metrics) {
        Path proc = Path.of("/proc");
        if (!Files.isReadable(proc.resolve("stat")) || !metrics.stream().allMatch(m -> isThisMachine(m.uri().getHost()))) {
            return Optional.empty();
        }
        Set<Integer> ports = new TreeSet<>();
        metrics.stream().mapToInt(m -> m.uri().getPort()).filter(port -> port > 0).forEach(ports::add);
        return Optional.of(new ProcessSampler(proc, ports));
    }

    private record Snapshot(long at, ProcText.MachineTicks machine, Map<Long, Long> ticks) {}

    /** The CPU used since the previous call; empty on the first call, which only sets the starting point. */
    public Optional<ProcessLine> sample(long now) throws IOException {
        ProcText.MachineTicks machine = ProcText.machine(Files.readString(proc.resolve("stat")));
        if ((portalGone() || servers.size() < 2) && lastFind + FIND_AGAIN_MILLIS <= now) {
            lastFind = now;
            if (portalGone()) {
                findPortal();
            }
            findServers();
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
            ProcessClass c = portalPids.contains(pid) ? ProcessClass.PORTAL : classOf(p.get());
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
                machine.busy() - last.machine().busy(), usedByWord, countByWord, portalFoundBy + serversFound()));
    }

    private record Classified(String comm, ProcessClass processClass) {}

    private ProcessClass classOf(ProcText.ProcessTicks p) {
        Classified known = classOf.get(p.pid());
        if (known == null || !known.comm().equals(p.comm())) {
            known = new Classified(p.comm(), classify(p));
            classOf.put(p.pid(), known);
        }
        return known.processClass();
    }

    private String serversFound() {
        if (servers.isEmpty()) {
            return "; its PostgreSQL and Redis not told apart: every one counts";
        }
        StringBuilder text = new StringBuilder("; its servers:");
        servers.forEach((c, pids) -> text.append(' ').append(c.word()).append(" pid ").append(new TreeSet<>(pids)));
        return text.toString();
    }

    /**
     * By name; a PostgreSQL or Redis that is not the portal's own (nor a child of it) is {@code other}, and so is an
     * Nginx unless the run scrapes several instances (the stack, whose front it is). While one of the portal's
     * instances is missing (restarted, or replaced in a deploy step, under load), a JVM first seen running
     * {@code portal-app.jar} is that instance starting: its start-up is the portal's CPU, long before it listens on
     * its metrics port, so it counts as the portal. One first seen while every instance is there is another portal.
     */
    private ProcessClass classify(ProcText.ProcessTicks p) {
        List<String> args = arguments(p.pid());
        if (p.comm().equals("java") && portalPids.size() < portalPorts.size() && runsThePortal(args)) {
            return ProcessClass.PORTAL;
        }
        ProcessClass byName = ProcessClass.of(p.comm(), args);
        if (byName == ProcessClass.NGINX && portalPorts.size() < 2) {
            return ProcessClass.OTHER;
        }
        Set<Long> ours = servers.get(byName);
        if (ours == null || ours.contains(p.pid()) || ours.contains(p.parent())) {
            return byName;
        }
        return ProcessClass.OTHER;
    }

    /** The listeners on the ports the portal's established connections lead to. */
    private void findServers() throws IOException {
        Set<Long> portalSockets = new HashSet<>();
        for (long pid : portalPids) {
            portalSockets.addAll(sockets(pid));
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : tables()) {
            ports.addAll(ProcText.remotePorts(table, portalSockets));
        }
        Set<Long> listeners = new HashSet<>();
        for (String table : tables()) {
            ProcText.listeners(table).forEach((port, inodes) -> {
                if (ports.contains(port)) {
                    listeners.addAll(inodes);
                }
            });
        }
        Map<ProcessClass, Set<Long>> found = new EnumMap<>(ProcessClass.class);
        for (long pid : listeners.isEmpty() ? List.<Long>of() : pids()) {
            Optional<ProcText.ProcessTicks> p = read(pid);
            if (p.isEmpty()) {
                continue;
            }
            ProcessClass byName = ProcessClass.of(p.get().comm(), List.of());
            if ((byName == ProcessClass.POSTGRES || byName == ProcessClass.REDIS)
                    && sockets(pid).stream().anyMatch(listeners::contains)) {
                found.computeIfAbsent(byName, c -> new HashSet<>()).add(pid);
            }
        }
        if (!found.equals(servers)) {
            servers = Map.copyOf(found);
            classOf.clear();
        }
    }

    private List<String> tables() throws IOException {
        List<String> tables = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = proc.resolve("net").resolve(table);
            if (Files.isReadable(file)) {
                tables.add(Files.readString(file));
            }
        }
        return tables;
    }

    /** Any of its instances gone: one restarted in a rolling restart is a new process to find. */
    private boolean portalGone() {
        return portalPids.isEmpty() || portalPids.size() < portalPorts.size()
                || portalPids.stream().anyMatch(pid -> !Files.exists(proc.resolve(Long.toString(pid))));
    }

    /** By the socket listening on the metrics port; failing that, by {@code portal-app.jar} in the arguments. */
    private void findPortal() throws IOException {
        Set<Long> found = new HashSet<>();
        if (!portalPorts.isEmpty()) {
            Set<Long> inodes = new HashSet<>();
            for (String table : tables()) {
                for (int port : portalPorts) {
                    inodes.addAll(ProcText.listening(table, port));
                }
            }
            for (long pid : inodes.isEmpty() ? List.<Long>of() : pids()) {
                if (sockets(pid).stream().anyMatch(inodes::contains)) {
                    found.add(pid);
                }
            }
            if (!found.isEmpty()) {
                settle(found, portalPorts.size() == 1
                        ? "listening on port " + portalPorts.iterator().next() + " (pid " + found.iterator().next() + ")"
                        : "listening on ports " + portalPorts + " (pids " + new TreeSet<>(found) + ")");
                return;
            }
        }
        for (long pid : pids()) {
            if (runsThePortal(arguments(pid))) {
                found.add(pid);
            }
        }
        settle(found, found.isEmpty() ? "not found: nothing listens on the metrics port or runs portal-app.jar"
                : "running portal-app.jar (pid " + found.iterator().next() + ")");
    }

    private static boolean runsThePortal(List<String> args) {
        return args.stream().anyMatch(a -> a.endsWith("portal-app.jar"));
    }

    private void settle(Set<Long> pids, String how) {
        portalPids = Set.copyOf(pids);
        portalFoundBy = how;
        classOf.keySet().removeAll(pids);
    }

    /** The socket inodes a process holds open. */
    private Set<Long> sockets(long pid) {
        Set<Long> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    ProcText.socketInode(Files.readSymbolicLink(fd).toString()).ifPresent(inodes::add);
                } catch (IOException | UnsupportedOperationException closedOrNotALink) {
                    // The descriptor closed while we looked, or is not a link: not a socket.
                }
            }
        } catch (IOException notOursOrGone) {
            // Another user's process, or one that ended: its descriptors are not ours to read.
        }
        return inodes;
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
