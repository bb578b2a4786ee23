package io.examday.portal.exam;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class AuthorAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void candidatesAndProctorsAreRefusedOnAuthorRoutes() {
        for (Role role : new Role[]{Role.CANDIDATE, Role.PROCTOR}) {
            PortalClient client = role == Role.CANDIDATE ? candidate() : AuthorSession.signedIn(port, jdbc, passwords, role);
            assertThat(client.get("/api/exams").status()).as(role + " lists exams").isEqualTo(403);
            assertThat(client.post("/api/exams", ExamAuthoringTest.examBody(AuthorSession.unique("A-"), "x")).status())
                    .as(role + " creates an exam").isEqualTo(403);
            assertThat(client.get("/api/banks").status()).as(role + " lists banks").isEqualTo(403);
            assertThat(client.get("/author").status()).as(role + " opens the author pages").isEqualTo(403);
        }
        assertThat(new PortalClient(port).get("/api/exams").status()).isEqualTo(401);
    }

    @Test
    void authorsAndAdminsMayAuthor() {
        for (Role role : new Role[]{Role.AUTHOR, Role.ADMIN}) {
            var client = AuthorSession.signedIn(port, jdbc, passwords, role);
            assertThat(client.get("/api/exams").status()).as(role.name()).isEqualTo(200);
            assertThat(client.get("/api/banks").status()).as(role.name()).isEqualTo(200);
        }
    }

    private PortalClient candidate() {
        var person = new io.examday.portal.Fixtures(jdbc, passwords).candidate();
        var client = new PortalClient(port);
        assertThat(client.signInWithCode(person.username(), person.admissionCode()).status()).isEqualTo(200);
        return client;
    }
}
