package io.examday.harness.sampling;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a process on the load machine is, for the CPU figures: the system under test (portal, PostgreSQL, Redis, and
 * Nginx in front when the run goes through the stack), the load generator, or anything else.
 */
public enum ProcessClass {
    PORTAL("portal"), POSTGRES("postgres"), REDIS("redis"), NGINX("nginx"), INJECTOR("injector"), OTHER("other");

    /** The system under test: what the origin plan's one server runs. */
    public static final List<ProcessClass> SYSTEM_UNDER_TEST = List.of(PORTAL, POSTGRES, REDIS, NGINX);

    private static final Set<String> CLASSPATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");

    private final String word;

    ProcessClass(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** A part only some runs have (Nginx, in a run through the stack): figures name it only where it ran. */
    public boolean onlyWhereItRan() {
        return this == NGINX;
    }

    /**
     * Classifies a process that is not the portal (which is found by its listening port, not by its name). The
     * injector is a JVM with Gatling in its arguments outside the class path: the harness's own JVMs (this sampler
     * among them) carry Gatling's jars on their class path without being the injector.
     */
    static ProcessClass of(String comm, List<String> args) {
        if (comm.equals("postgres") || comm.equals("postgresql") || comm.equals("postmaster")) {
            return POSTGRES;
        }
        if (comm.startsWith("redis-server")) {
            return REDIS;
        }
        if (comm.equals("nginx")) {
            return NGINX;
        }
        if (comm.equals("java") && mentionsGatling(args)) {
            return INJECTOR;
        }
        return OTHER;
    }

    private static boolean mentionsGatling(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (CLASSPATH_OPTIONS.contains(args.get(i))) {
                i++;
            } else if (args.get(i).toLowerCase(Locale.ROOT).contains("gatling")) {
                return true;
            }
        }
        return false;
    }
}
