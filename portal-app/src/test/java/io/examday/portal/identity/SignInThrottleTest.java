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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Failed sign-ins are throttled per candidate and client address, and per address, in Redis; a throttled sign-in
 * gets 429 without its credentials being checked. Every test fails from addresses of its own.
 */
@PortalIntegrationTest
class SignInThrottleTest {

    private static final String WRONG_CODE = "0".repeat(AdmissionCode.LENGTH);

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
    void wrongCodesFromOneAddressAreThrottledAfterTheLimit() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port, addresses.fresh());

        for (int failure = 1; failure <= throttle.failuresPerUsernameAndAddress(); failure++) {
            var refused = client.signInWithCode(candidate.username(), WRONG_CODE);
            assertThat(refused.status()).as("failure " + failure).isEqualTo(401);
        }
        var throttled = client.signInWithCode(candidate.username(), WRONG_CODE);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.code()).isEqualTo("sign-in-throttled");
        assertThat(throttled.header("Retry-After")).isEqualTo(String.valueOf(throttle.firstBackoff().toSeconds()));
    }

    @Test
    void whileThrottledEvenTheRightCodeIsRefusedAndNoPasswordIsChecked() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port, addresses.fresh());
        failUntilRefusedForAtLeast(4, () -> client.signInWithCode(candidate.username(), WRONG_CODE));

        var rightCode = client.signInWithCode(candidate.username(), candidate.admissionCode());
        long checksBefore = checks.count();
        var password = client.signInWithPassword(candidate.username(), Fixtures.PASSWORD);

        assertThat(rightCode.status()).isEqualTo(429);
        assertThat(rightCode.code()).isEqualTo("sign-in-throttled");
        assertThat(password.status()).isEqualTo(429);
        assertThat(checks.count()).as("BCrypt checks while throttled").isEqualTo(checksBefore);
        assertThat(client.get("/api/session").status()).as("not signed in").isEqualTo(401);
    }

    @Test
    void theSameCandidateSignsInFromAnotherAddressWhileThrottled() {
        var candidate = fixtures.candidate();
        var attacker = new PortalClient(port, addresses.fresh());
        failUntilRefusedForAtLeast(4, () -> attacker.signInWithCode(candidate.username(), WRONG_CODE));

        var atTheExamHall = new PortalClient(port, addresses.fresh())
                .signInWithCode(candidate.username(), candidate.admissionCode());

        assertThat(atTheExamHall.status()).isEqualTo(200);
        assertThat(attacker.signInWithCode(candidate.username(), candidate.admissionCode()).status()).isEqualTo(429);
    }

    @Test
    void oneAddressFailingForManyUsernamesIsThrottledForEveryUsername() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port, addresses.fresh());
        for (int failure = 1; failure <= throttle.failuresPerAddress(); failure++) {
            assertThat(client.signInWithCode(unknownUsername(), WRONG_CODE).status()).as("failure " + failure)
                    .isEqualTo(401);
        }
        failUntilRefusedForAtLeast(4, () -> client.signInWithCode(unknownUsername(), WRONG_CODE));

        var rightCode = client.signInWithCode(candidate.username(), candidate.admissionCode());
        var elsewhere = new PortalClient(port, addresses.fresh())
                .signInWithCode(candidate.username(), candidate.admissionCode());

        assertThat(rightCode.status()).isEqualTo(429);
        assertThat(rightCode.code()).isEqualTo("sign-in-throttled");
        assertThat(elsewhere.status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInClearsTheCandidatesCountFromThatAddress() {
        var candidate = fixtures.candidate();
        String address = addresses.fresh();
        var client = new PortalClient(port, address);
        int belowLimit = throttle.failuresPerUsernameAndAddress() - 1;

        failTimes(belowLimit, () -> client.signInWithCode(candidate.username(), WRONG_CODE));
        assertThat(client.signInWithCode(candidate.username(), candidate.admissionCode()).status()).isEqualTo(200);
        assertThat(addresses.keys(address)).as("only the address's own count is left")
                .containsExactly(throttle.keyPrefix() + "address-failures:" + address);
        failTimes(belowLimit, () -> client.signInWithCode(candidate.username(), WRONG_CODE));

        assertThat(client.signInWithCode(candidate.username(), candidate.admissionCode()).status()).isEqualTo(200);
    }

    @Test
    void eachFailurePastTheLimitDoublesTheWait() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port, addresses.fresh());
        failTimes(throttle.failuresPerUsernameAndAddress(),
                () -> client.signInWithCode(candidate.username(), WRONG_CODE));
        long first = throttle.firstBackoff().toSeconds();
        assertThat(client.signInWithCode(candidate.username(), WRONG_CODE).header("Retry-After"))
                .isEqualTo(String.valueOf(first));

        await().atMost(Duration.ofSeconds(first + 5)).pollInterval(Duration.ofMillis(200))
                .until(() -> client.signInWithCode(candidate.username(), WRONG_CODE).status() == 401);
        var refused = client.signInWithCode(candidate.username(), WRONG_CODE);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo(String.valueOf(2 * first));
    }

    @Test
    void theThrottleKeepsItsCountsInRedisWithAnExpiry() {
        var candidate = fixtures.candidate();
        String address = addresses.fresh();
        var client = new PortalClient(port, address);
        String usernameCount = throttle.keyPrefix() + "username-failures:" + address + "/" + candidate.username();
        String addressCount = throttle.keyPrefix() + "address-failures:" + address;
        client.signInWithCode(candidate.username(), WRONG_CODE);

        assertThat(redis.opsForValue().get(usernameCount)).isEqualTo("1");
        assertThat(redis.opsForValue().get(addressCount)).isEqualTo("1");
        assertThat(redis.getExpire(usernameCount, TimeUnit.MILLISECONDS)).isBetween(1L, throttle.window().toMillis());
        assertThat(redis.getExpire(addressCount, TimeUnit.MILLISECONDS)).isBetween(1L, throttle.window().toMillis());

        failUntilRefusedForAtLeast(4, () -> client.signInWithCode(candidate.username(), WRONG_CODE));
        String refused = throttle.keyPrefix() + "username-refused:" + address + "/" + candidate.username();
        assertThat(redis.getExpire(refused, TimeUnit.MILLISECONDS)).isBetween(1L, 4000L);
    }

    @Test
    void theWaitDoublesWithEachFailureUpToItsCap() {
        var limits = new SignInThrottleProperties(2, 1000, Duration.ofMinutes(1), Duration.ofSeconds(1),
                Duration.ofSeconds(4), throttle.keyPrefix() + "cap-test:");
        var capped = new SignInThrottle(redis, limits);
        String address = addresses.fresh();
        List<Long> waitsInSeconds = new ArrayList<>();

        for (int failure = 1; failure <= 6; failure++) {
            capped.failed("cand-cap", address);
            long millis = capped.standing("cand-cap", address).refusedFor().toMillis();
            waitsInSeconds.add((millis + 999) / 1000);
        }

        assertThat(waitsInSeconds).containsExactly(0L, 1L, 2L, 4L, 4L, 4L);
        assertThat(capped.standing("cand-cap", address).failedBefore()).isTrue();
    }

    @Test
    void theSignInPageSaysWhenSignInIsThrottled() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port, addresses.fresh());
        var form = PageForm.from(client, "/login");
        Map<String, String> wrong = Map.of("username", candidate.username(), "password", "not-the-code");
        for (int failure = 1; failure <= throttle.failuresPerUsernameAndAddress(); failure++) {
            assertThat(form.post("/login", wrong).header("Location")).endsWith("/login?error");
        }

        String throttled = form.post("/login", wrong).header("Location");
        var page = client.get(throttled.substring(throttled.indexOf("/login")));

        assertThat(throttled).contains("/login?throttled=");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Too many failed sign-ins").contains("before you try again");
    }

    @Test
    void theSignInPageRepeatsNothingButANumberFromTheAddressBar() {
        var page = new PortalClient(port).get("/login?throttled=%3Cscript%3Ealert(1)%3C/script%3E");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Wait <span>a few minutes</span>").doesNotContain("<script>alert");
    }

    /** Fails and waits out refusals until a refusal is this long, so a test can act within it on a slow machine. */
    private void failUntilRefusedForAtLeast(long seconds, Supplier<PortalClient.Answer> wrongSignIn) {
        await().atMost(Duration.ofSeconds(2 * seconds + 10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var answer = wrongSignIn.get();
            assertThat(answer.status()).isIn(401, 429);
            return answer.status() == 429 && Long.parseLong(answer.header("Retry-After")) >= seconds;
        });
    }

    private static void failTimes(int times, Supplier<PortalClient.Answer> wrongSignIn) {
        for (int failure = 1; failure <= times; failure++) {
            assertThat(wrongSignIn.get().status()).as("failure " + failure).isEqualTo(401);
        }
    }

    private static String unknownUsername() {
        return "nobody-" + UUID.randomUUID();
    }
}
