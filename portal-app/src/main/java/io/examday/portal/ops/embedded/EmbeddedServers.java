package io.examday.portal.ops.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * How the portal's own PostgreSQL and Redis are set up, in one place: the portal's embedded default and the
 * {@code services} subcommand (a chaos run's separately restartable servers) run the same servers.
 */
final class EmbeddedServers {

    private EmbeddedServers() {}

    /** A PostgreSQL on {@code port} whose data lives in {@code pgData} (initialised when empty, kept otherwise). */
    static EmbeddedPostgres postgres(Path pgData, int port) throws IOException {
        Files.createDirectories(pgData);
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                // The embedded builder turns synchronous_commit off by default; an answer the portal
                // acknowledged must survive a crash, so commits wait for the WAL to reach the disk.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                // As docker/postgres: a checkpoint (and the full-page images after it) every 15 min or
                // 4 GB of WAL, not every 5 min or 1 GB, so an exam's storms rarely meet one.
                .setServerConfig("wal_buffers", "16MB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("max_wal_size", "4GB")
                .start();
    }

    /**
     * A Redis on {@code port} with its files in {@code redisData}. With {@code snapshots}, a snapshot every 15 min
     * (and one at a normal stop) keeps sessions and live boards over a restart; without, a restart starts empty.
     */
    static RedisServer redis(Path redisData, int port, boolean snapshots) throws IOException {
        Files.createDirectories(redisData);
        RedisServer redis = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("dir " + redisData.toAbsolutePath())
                // Each snapshot forks Redis and writes it all, so not every minute (that took half a core at 10k).
                .setting(snapshots ? "save 900 1" : "save \"\"")
                .setting("appendonly no")
                .setting("maxclients 10000")
                .build();
        redis.start();
        return redis;
    }
}
