package io.examday.portal.identity;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.exam.PageForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class SignInTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    SignInThrottleProperties throttle;

    Fixtures fixtures;
    /** Wrong sign-ins come from addresses of their own: failures are counted per client address. */
    ThrottledAddresses addresses;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        addresses = new ThrottledAddresses(redis, throttle);
    }

    @AfterEach
    void forgetFailures() {
        addresses.forget();
    }

    @Test
    void candidateSignsInWithAdmissionCodeAndTheSessionCarriesTheIdentity() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port);

        var signedIn = client.signInWithCode(candidate.username(), candidate.admissionCode());
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json().path("role").asString()).isEqualTo("CANDIDATE");

        var current = client.get("/api/session");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().path("username").asString()).isEqualTo(candidate.username());
    }

    @Test
    void wrongAdmissionCodeIsRefusedWithProblemJson() {
        var candidate = fixtures.candidate();
        var answer = new PortalClient(port, addresses.fresh()).signInWithCode(candidate.username(), "0".repeat(20));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("bad-credentials");
    }

    @Test
    void staffSignInWithPasswordButNotWithAnAdmissionCode() {
        var author = fixtures.person(Role.AUTHOR);
        var client = new PortalClient(port, addresses.fresh());

        assertThat(client.signInWithCode(author.username(), author.admissionCode()).status()).isEqualTo(401);
        assertThat(client.signInWithPassword(author.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSession() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port);
        client.signInWithCode(candidate.username(), candidate.admissionCode());

        assertThat(client.delete("/api/session").status()).isEqualTo(204);
        assertThat(client.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void aNulCharacterInAUsernameIsInvalidInputNotAConflict() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port);

        var answer = client.signInWithCode(candidate.username() + "\\u0000", candidate.admissionCode());

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("invalid-input");
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("username");
        assertThat(client.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void aNulCharacterInAUsernameOnTheSignInFormIsAWrongSignInNotAnError() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port);

        // Within the name: the form trims a trailing NUL away like a space.
        var answer = PageForm.from(client, "/login").post("/login",
                Map.of("username", "cand\u0000" + candidate.username(), "password", candidate.admissionCode()));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login?error");
        assertThat(client.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void malformedSignInBodyIsA400ProblemNotA500() {
        var answer = new PortalClient(port).send("POST", "/api/session", "application/json", "{\"username\":");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("malformed-body");
    }
}
