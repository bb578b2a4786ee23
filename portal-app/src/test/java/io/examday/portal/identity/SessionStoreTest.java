package io.examday.portal.identity;

import io.examday.portal.PortalIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store on the real Redis, as two portal instances use it: this test's own instance ("here") and a second one
 * built from the same configuration ("there"), each with its local copies and its listener for announced changes.
 */
@PortalIntegrationTest
class SessionStoreTest {

    @Autowired
    RedisConnectionFactory redis;
    @Autowired
    StringRedisTemplate strings;
    @Autowired
    SessionStoreProperties properties;

    private final SessionStoreConfig config = new SessionStoreConfig();
    private Instance here;
    private Instance there;
    private String id;
    private Instant signedInAt;

    /** One portal instance's session store, with its own local copies and change listener. */
    private final class Instance implements AutoCloseable {
        final MeterRegistry meters = new SimpleMeterRegistry();
        final SessionStore store;
        final RedisMessageListenerContainer listener;

        Instance() {
            LocalSessions local = config.localSessions(properties, meters);
            SessionChanges changes = config.sessionChanges(strings, properties, local);
            listener = config.sessionChangesListener(redis, changes, properties);
            listener.afterPropertiesSet();
            listener.start();
            store = config.sessionRepository(redis, strings, local, changes, properties);
        }

        double lookups(String result) {
            return meters.get("cache.gets").tag("cache", LocalSessions.CACHE_NAME).tag("result", result).counter().count();
        }

        @Override
        public void close() throws Exception {
            listener.stop();
            listener.destroy();
        }
    }

    @BeforeEach
    void signIn() {
        here = new Instance();
        there = new Instance();
        TouchedSession session = here.store.createSession();
        signedInAt = session.getLastAccessedTime();
        signInAs(session, "cand-1");
        here.store.save(session);
        id = session.getId();
    }

    @AfterEach
    void stop() throws Exception {
        here.close();
        there.close();
    }

    /** What Redis holds for the session, read by an instance that has never seen it. */
    private TouchedSession inRedis(String sessionId) throws Exception {
        try (var fresh = new Instance()) {
            return fresh.store.findById(sessionId);
        }
    }

    @Test
    void aNewSessionIsWrittenToRedis() throws Exception {
        assertThat(usernameOf(inRedis(id))).isEqualTo("cand-1");
        assertThat(strings.getExpire(properties.keyPrefix() + id)).isPositive();
    }

    @Test
    void aSessionHeldLocallyIsServedWithoutRedis() {
        here.store.findById(id);
        strings.delete(properties.keyPrefix() + id);   // were Redis asked, it would find nothing

        assertThat(usernameOf(here.store.findById(id))).isEqualTo("cand-1");
        assertThat(here.lookups("hit")).isEqualTo(2);
        assertThat(there.store.findById(id)).isNull();
        assertThat(there.lookups("miss")).isEqualTo(1);
    }

    @Test
    void eachRequestChangesItsOwnCopy() {
        TouchedSession first = here.store.findById(id);
        TouchedSession second = here.store.findById(id);

        signInAs(first, "cand-2");

        assertThat(usernameOf(second)).isEqualTo("cand-1");
    }

    @Test
    void aRequestWithinTheTouchIntervalThatChangesNothingWritesNothing() throws Exception {
        TouchedSession session = here.store.findById(id);
        session.setLastAccessedTime(signedInAt.plus(properties.touchInterval()).minusSeconds(1));

        here.store.save(session);

        assertThat(inRedis(id).getLastAccessedTime()).isEqualTo(signedInAt);
    }

    @Test
    void aRequestOneTouchIntervalLaterExtendsTheSession() throws Exception {
        TouchedSession session = here.store.findById(id);
        Instant oneIntervalLater = signedInAt.plus(properties.touchInterval());
        session.setLastAccessedTime(oneIntervalLater);

        here.store.save(session);

        assertThat(inRedis(id).getLastAccessedTime()).isEqualTo(oneIntervalLater);
    }

    @Test
    void aChangeOnOneInstanceReachesTheCopyAnotherInstanceHolds() {
        there.store.findById(id);
        TouchedSession session = here.store.findById(id);
        signInAs(session, "cand-2");

        here.store.save(session);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(usernameOf(there.store.findById(id))).isEqualTo("cand-2"));
    }

    @Test
    void aSignOutOnOneInstanceEndsTheSessionOnAnother() {
        there.store.findById(id);

        here.store.deleteById(id);

        assertThat(here.store.findById(id)).isNull();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(there.store.findById(id)).isNull());
    }

    @Test
    void endingAUsersSessionsEndsEachSignedInAsThemOnEveryInstanceAndNoOneElses() {
        String ann = signedIn(here, "ann-" + id);
        String annElsewhere = signedIn(there, "ann-" + id);
        String bob = signedIn(here, "bob-" + id);
        there.store.findById(ann);

        int ended = here.store.endSessionsOf("ann-" + id);

        assertThat(ended).isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(there.store.findById(ann)).isNull());
        assertThat(here.store.findById(annElsewhere)).isNull();
        assertThat(here.store.findById(bob)).isNotNull();
        assertThat(here.store.findById(id)).isNotNull();
        assertThat(here.store.endSessionsOf("ann-" + id)).isZero();
    }

    /** A session signed in as {@code username} on {@code instance}, as the sign-in leaves it. */
    private static String signedIn(Instance instance, String username) {
        TouchedSession session = instance.store.createSession();
        signInAs(session, username);
        instance.store.save(session);
        return session.getId();
    }

    /** The session signed in as a candidate named {@code username}, as the sign-in leaves it. */
    private static void signInAs(TouchedSession session, String username) {
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                new PortalAuthentication(new PortalUser(1, username, username, Role.CANDIDATE))));
    }

    private static String usernameOf(TouchedSession session) {
        SecurityContext context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context.getAuthentication().getName();
    }

    @Test
    void aChangedIdIsWrittenAndTheOldOneIsGoneEverywhere() throws Exception {
        there.store.findById(id);
        TouchedSession session = here.store.findById(id);
        String newId = session.changeSessionId();

        here.store.save(session);

        assertThat(usernameOf(inRedis(newId))).isEqualTo("cand-1");
        assertThat(inRedis(id)).isNull();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(there.store.findById(id)).isNull());
    }

    @Test
    void anExpiredSessionIsNotFound() {
        TouchedSession session = here.store.createSession();
        session.setMaxInactiveInterval(Duration.ofMinutes(1));
        session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(2)));
        here.store.save(session);

        assertThat(there.store.findById(session.getId())).isNull();
        assertThat(here.store.findById(session.getId())).isNull();
    }

    @Test
    void aSessionRedisCannotReadIsTreatedAsEnded() {
        strings.opsForValue().set(properties.keyPrefix() + "garbled", "not a session");

        assertThat(there.store.findById("garbled")).isNull();
    }
}
