package io.examday.portal.ops.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code services postgres|redis --port N --data-dir DIR}: runs one of the portal's servers (the same PostgreSQL or
 * Redis as its embedded default, from the same Maven artifacts) in the foreground until the process is stopped, then
 * stops it: PostgreSQL with a fast shutdown, Redis with a normal stop. One server per process, so a chaos run can
 * restart each alone while the portal runs on. Its Redis keeps no snapshot: a restart starts it empty, as a crash of
 * a Redis that holds sessions in memory would. No Spring: it has nothing of the portal to start.
 */
public final class ServicesCommand {

    public static final String NAME = "services";
    static final String USAGE = "usage: services postgres|redis --port N --data-dir DIR";

    private ServicesCommand() {}

    /** Exit status: 0 after a stop, 2 on bad arguments, 1 when the server could not start. */
    public static int run(String... args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("services: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AutoCloseable server;
        try {
            server = options.start();
        } catch (IOException | RuntimeException e) {
            System.err.println("services: " + options.server() + " did not start: " + e);
            return 1;
        }
        System.out.printf("services: %s ready on 127.0.0.1:%d, data in %s%n", options.server(), options.port(), options.dataDir());
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("examday-services-stop").unstarted(() -> {
            try {
                server.close();
                System.out.printf("services: %s stopped%n", options.server());
            } catch (Exception e) {
                System.err.println("services: stopping " + options.server() + " failed: " + e);
            }
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** What to run where. */
    record Options(String server, int port, Path dataDir) {

        static Options parse(String... args) {
            String server = null;
            Integer port = null;
            Path dataDir = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (i == 0 && NAME.equals(arg)) {
                    continue;
                }
                if ((arg.equals("postgres") || arg.equals("redis")) && server == null) {
                    server = arg;
                } else if ((arg.equals("--port") || arg.equals("--data-dir")) && i + 1 < args.length) {
                    String value = args[++i];
                    if (arg.equals("--port")) {
                        port = port(value);
                    } else {
                        dataDir = Path.of(value);
                    }
                } else {
                    throw new IllegalArgumentException("unknown or incomplete argument " + arg);
                }
            }
            if (server == null || port == null || dataDir == null) {
                throw new IllegalArgumentException("name the server, --port and --data-dir");
            }
            return new Options(server, port, dataDir);
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("--port must be a port number, not " + value);
        }

        AutoCloseable start() throws IOException {
            // Another server on the port would answer the readiness check in its place (PostgreSQL's pg_ctl says
            // "started" when anything answers there): refuse before starting.
            try (var probe = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException taken) {
                throw new IOException("port " + port + " is taken by another process", taken);
            }
            if (server.equals("postgres")) {
                return EmbeddedServers.postgres(dataDir.resolve("postgres"), port);
            }
            var redis = EmbeddedServers.redis(dataDir.resolve("redis"), port, false);
            return redis::stop;
        }
    }
}
