package io.examday.portal.identity;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The session filter goes through {@link SessionStore}, and sessions still live and die in the real Redis. */
@PortalIntegrationTest
class SessionStoreInPortalTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    SessionRepository<?> sessions;

    @Test
    void theSessionFilterUsesTheStore() {
        assertThat(sessions).isInstanceOf(SessionStore.class);
    }

    @Test
    void aSessionOutlivesUnchangedRequestsAndEndsAtSignOut() {
        var candidate = new Fixtures(jdbc, passwords).candidate();
        var client = new PortalClient(port);
        assertThat(client.signInWithCode(candidate.username(), candidate.admissionCode()).status()).isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            var current = client.get("/api/session");
            assertThat(current.status()).isEqualTo(200);
            assertThat(current.json().path("username").asString()).isEqualTo(candidate.username());
        }
        assertThat(client.delete("/api/session").status()).isEqualTo(204);

        assertThat(client.get("/api/session").status()).isEqualTo(401);
    }
}
