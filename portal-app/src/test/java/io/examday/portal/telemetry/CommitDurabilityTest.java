package io.examday.portal.telemetry;

import io.examday.portal.PortalIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate's word on durability comes from the database the portal really writes to, as its connections see it. */
@PortalIntegrationTest
class CommitDurabilityTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePortalReportsTheDatabasesOwnCommitSettingsAndCallsThemDurable() {
        var gauge = registry.get(CommitDurability.METER).gauge();
        String synchronousCommit = jdbc.sql("show synchronous_commit").query(String.class).single();
        String fsync = jdbc.sql("show fsync").query(String.class).single();

        assertThat(gauge.getId().getTag("synchronous_commit")).isEqualTo(synchronousCommit);
        assertThat(gauge.getId().getTag("fsync")).isEqualTo(fsync);
        // The embedded default and CI's PostgreSQL both commit durably; anything else would be worth failing on.
        assertThat(gauge.value()).isEqualTo(1.0);
    }

    @Test
    void commitsAreDurableUnlessSynchronousCommitIsOffOrFsyncIs() {
        assertThat(new CommitDurability.Settings("on", "on").durable()).isTrue();
        assertThat(new CommitDurability.Settings("local", "on").durable()).isTrue();
        assertThat(new CommitDurability.Settings("remote_write", "on").durable()).isTrue();
        assertThat(new CommitDurability.Settings("off", "on").durable()).isFalse();
        assertThat(new CommitDurability.Settings("on", "off").durable()).isFalse();
    }
}
