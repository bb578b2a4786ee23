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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        var candidate = new Fixtures(jdbc, passwords).candidate();
        var signIn = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"%s\",\"admissionCode\":\"%s\"}"
                        .formatted(candidate.username(), candidate.admissionCode())))
                .build();

        var response = HttpClient.newHttpClient().send(signIn, HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly")
                        .contains("SameSite=Strict"));
    }
}
