package io.examday.portal.exam;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in member of staff for author-side tests, and unique names for what they create. */
final class AuthorSession {

    private AuthorSession() {
    }

    static PortalClient signedIn(int port, JdbcClient jdbc, PasswordEncoder passwords, Role role) {
        var client = new PortalClient(port);
        var person = new Fixtures(jdbc, passwords).person(role);
        assertThat(client.signInWithPassword(person.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
        return client;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static long bank(PortalClient author) {
        var created = author.post("/api/banks", "{\"name\":\"%s\"}".formatted(unique("bank-")));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("bankId").asLong();
    }
}
