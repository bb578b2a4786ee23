package io.examday.portal.ops.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real PostgreSQL and Redis the portal starts from Maven artifacts when none is configured.
 * Registered as a bean that the DataSource and Redis factory depend on, so Spring stops it after them.
 */
final class EmbeddedServices implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);

    private final EmbeddedPostgres postgres;
    private final RedisServer redis;
    private final String jdbcUrl;
    private final String redisUrl;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private Path temporaryDataDir;

    private EmbeddedServices(EmbeddedPostgres postgres, RedisServer redis, String jdbcUrl, String redisUrl) {
        this.postgres = postgres;
        this.redis = redis;
        this.jdbcUrl = jdbcUrl;
        this.redisUrl = redisUrl;
    }

    /** Several contexts in one JVM (tests) share one pair of servers; the last one to close stops them. */
    private static final Map<String, EmbeddedServices> RUNNING = new HashMap<>();
    private int users;

    static synchronized EmbeddedServices startOrShare(Path dataDir, boolean wantPostgres, int postgresPort,
                                                      boolean wantRedis, int redisPort) {
        String key = dataDir + "|" + wantPostgres + "|" + wantRedis;
        var services = RUNNING.get(key);
        if (services == null || services.stopped.get()) {
            services = start(dataDir, wantPostgres, postgresPort, wantRedis, redisPort);
            RUNNING.put(key, services);
        }
        services.users++;
        return services;
    }

    private static EmbeddedServices start(Path dataDir, boolean wantPostgres, int postgresPort, boolean wantRedis, int redisPort) {
        try {
            EmbeddedPostgres postgres = null;
            String jdbcUrl = null;
            if (wantPostgres) {
                Path pgData = dataDir.resolve("postgres");
                postgres = EmbeddedServers.postgres(pgData, postgresPort == 0 ? freePort() : postgresPort);
                jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
                log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
            }
            RedisServer redis = null;
            String redisUrl = null;
            if (wantRedis) {
                Path redisData = dataDir.resolve("redis");
                int port = redisPort == 0 ? freePort() : redisPort;
                redis = EmbeddedServers.redis(redisData, port, true);
                redisUrl = "redis://127.0.0.1:" + port;
                log.info("Embedded Redis on port {} with data in {}", port, redisData);
            }
            return new EmbeddedServices(postgres, redis, jdbcUrl, redisUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded services in " + dataDir, e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String redisUrl() {
        return redisUrl;
    }

    /** At JVM exit: whatever still runs stops, shared or not. */
    void stopAtExit(ConfigurableApplicationContext context) {
        synchronized (EmbeddedServices.class) {
            users = Math.min(users, 1);
        }
        stopAfter(context);
    }

    /** Waits (briefly) for the context's own shutdown so that pools close before their servers. */
    void stopAfter(ConfigurableApplicationContext context) {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (context.isActive() && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            destroy();
        } catch (IOException e) {
            log.warn("Stopping the embedded services failed", e);
        }
    }

    @Override
    public void destroy() throws IOException {
        synchronized (EmbeddedServices.class) {
            if (--users > 0) {
                return;
            }
        }
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (redis != null) {
            redis.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (temporaryDataDir != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(temporaryDataDir);
        }
    }

    /** The data folder is temporary: remove it when the servers stop. */
    EmbeddedServices deletingDataOnStop(Path dataDir) {
        this.temporaryDataDir = dataDir;
        return this;
    }
}
