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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in costs the same whether or not its username exists, so its timing tells nobody which usernames do:
 * proven by counting the BCrypt checks each one makes, never by timing.
 */
@PortalIntegrationTest
class SignInCostTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PasswordChecks checks;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    SignInThrottleProperties throttle;

    Fixtures fixtures;
    ThrottledAddresses addresses;
    PortalClient client;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        addresses = new ThrottledAddresses(redis, throttle);
        client = new PortalClient(port, addresses.fresh());
    }

    @AfterEach
    void forgetFailures() {
        addresses.forget();
    }

    @Test
    void anUnknownUsernameCostsOneBcryptCheckLikeAKnownOneWithAWrongPassword() {
        var author = fixtures.person(Role.AUTHOR);

        assertThat(bcryptChecks(() -> assertThat(client.signInWithPassword(author.username(), "wrong").status())
                .isEqualTo(401))).isEqualTo(1);
        assertThat(bcryptChecks(() -> assertThat(client.signInWithPassword(unknownUsername(), "wrong").status())
                .isEqualTo(401))).isEqualTo(1);
        assertThat(bcryptChecks(() -> assertThat(client.signInWithPassword(author.username(), Fixtures.PASSWORD)
                .status()).isEqualTo(200))).isEqualTo(1);
    }

    @Test
    void aUserWithoutAPasswordHashCostsOneBcryptCheckToo() {
        var candidate = fixtures.candidate();
        jdbc.sql("update app_user set password_hash = '' where id = ?").param(candidate.id()).update();

        assertThat(bcryptChecks(() -> assertThat(client.signInWithPassword(candidate.username(), "anything").status())
                .isEqualTo(401))).isEqualTo(1);
    }

    @Test
    void theSignInFormChecksAWrongSecretWithBcryptOnceWhetherOrNotTheUsernameExists() {
        var candidate = fixtures.candidate();
        var form = PageForm.from(client, "/login");

        for (String username : new String[]{candidate.username(), unknownUsername()}) {
            for (String secret : new String[]{"not-the-secret", "0".repeat(AdmissionCode.LENGTH)}) {
                assertThat(bcryptChecks(() -> assertThat(form.post("/login",
                        Map.of("username", username, "password", secret)).header("Location")).endsWith("/login?error")))
                        .as(username + " with " + secret).isEqualTo(1);
            }
        }
    }

    @Test
    void aRightAdmissionCodeCostsNoBcryptCheckOnTheApiOrTheForm() {
        var candidate = fixtures.candidate();

        assertThat(bcryptChecks(() -> assertThat(client.signInWithCode(candidate.username(), candidate.admissionCode())
                .status()).isEqualTo(200))).isZero();
        var form = PageForm.from(new PortalClient(port, addresses.fresh()), "/login");
        assertThat(bcryptChecks(() -> assertThat(form.post("/login",
                Map.of("username", candidate.username(), "password", candidate.admissionCode())).header("Location"))
                .endsWith("/"))).isZero();
    }

    @Test
    void aWrongAdmissionCodeOnTheApiCostsNoBcryptCheckWhetherOrNotTheUsernameExists() {
        var candidate = fixtures.candidate();

        assertThat(bcryptChecks(() -> assertThat(client.signInWithCode(candidate.username(), "0".repeat(20)).status())
                .isEqualTo(401))).isZero();
        assertThat(bcryptChecks(() -> assertThat(client.signInWithCode(unknownUsername(), "0".repeat(20)).status())
                .isEqualTo(401))).isZero();
    }

    private long bcryptChecks(Runnable signIn) {
        long before = checks.count();
        signIn.run();
        return checks.count() - before;
    }

    private static String unknownUsername() {
        return "nobody-" + UUID.randomUUID();
    }
}
