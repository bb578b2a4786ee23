package io.examday.portal.ops.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServicesTest {

    @TempDir
    Path data;

    @Test
    void theEmbeddedDatabaseCommitsDurably() throws Exception {
        EmbeddedServices services = EmbeddedServices.startOrShare(data, true, 0, false, 0);
        try (Connection db = DriverManager.getConnection(services.jdbcUrl(), "postgres", "")) {
            assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(db, "fsync")).isEqualTo("on");
        } finally {
            services.destroy();
        }
    }

    private static String setting(Connection db, String name) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
