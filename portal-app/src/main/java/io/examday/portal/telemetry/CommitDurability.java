package io.examday.portal.telemetry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the database makes a commit durable before the portal acknowledges it, as the portal's own connections
 * see it (a database or role may override the server's setting). The gate reads it: a load run against a database
 * that does not is no proof for a real exam, where an acknowledged answer must survive a crash. Read once, at start.
 */
final class CommitDurability implements MeterBinder {

    static final String METER = "examday.database.commits.durable";

    private final JdbcClient jdbc;

    CommitDurability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Settings(String synchronousCommit, String fsync) {
        /** Without standbys every synchronous_commit but off waits for the local WAL flush. */
        boolean durable() {
            return !"off".equals(synchronousCommit) && "on".equals(fsync);
        }
    }

    Settings read() {
        return jdbc.sql("select current_setting('synchronous_commit'), current_setting('fsync')")
                .query((rs, n) -> new Settings(rs.getString(1), rs.getString(2))).single();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Settings settings = read();
        Gauge.builder(METER, () -> settings.durable() ? 1 : 0)
                .description("1 when a commit reaches the disk before the portal acknowledges it")
                .tag("synchronous_commit", settings.synchronousCommit())
                .tag("fsync", settings.fsync())
                .register(registry);
    }
}
