package io.examday.portal.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Session's in-memory repository stands behind the store here: what it holds is what was written. */
class SessionStoreTest {

    private final Map<String, Session> written = new HashMap<>();
    private SessionStore store;
    private String id;
    private Instant signedInAt;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void signIn() {
        SessionRepository<? extends Session> memory = new MapSessionRepository(written);
        store = new SessionStore((SessionRepository<Session>) memory, Duration.ofSeconds(60));
        TouchedSession session = store.createSession();
        signedInAt = session.getLastAccessedTime();
        session.setAttribute("candidate", "cand-1");
        store.save(session);
        id = session.getId();
    }

    private Instant storedAccessTime() {
        return written.get(id).getLastAccessedTime();
    }

    @Test
    void aNewSessionIsWritten() {
        assertThat(written.get(id)).isNotNull();
        assertThat((String) written.get(id).getAttribute("candidate")).isEqualTo("cand-1");
    }

    @Test
    void aRequestWithinTheTouchIntervalThatChangesNothingWritesNothing() {
        TouchedSession session = store.findById(id);
        session.setLastAccessedTime(signedInAt.plusSeconds(59));

        store.save(session);

        assertThat(storedAccessTime()).isEqualTo(signedInAt);
        assertThat(session.getLastAccessedTime()).isEqualTo(signedInAt.plusSeconds(59));
    }

    @Test
    void aRequestOneTouchIntervalLaterExtendsTheSession() {
        TouchedSession session = store.findById(id);
        session.setLastAccessedTime(signedInAt.plusSeconds(60));

        store.save(session);

        assertThat(storedAccessTime()).isEqualTo(signedInAt.plusSeconds(60));
    }

    @Test
    void aChangedAttributeIsWrittenAtOnceWithTheAccessTime() {
        TouchedSession session = store.findById(id);
        session.setLastAccessedTime(signedInAt.plusSeconds(5));
        session.setAttribute("candidate", "cand-2");

        store.save(session);

        assertThat((String) written.get(id).getAttribute("candidate")).isEqualTo("cand-2");
        assertThat(storedAccessTime()).isEqualTo(signedInAt.plusSeconds(5));
    }

    @Test
    void aRemovedAttributeIsWrittenAtOnce() {
        TouchedSession session = store.findById(id);
        session.removeAttribute("candidate");

        store.save(session);

        assertThat((String) written.get(id).getAttribute("candidate")).isNull();
    }

    @Test
    void aChangedIdIsWrittenAtOnce() {
        TouchedSession session = store.findById(id);
        String newId = session.changeSessionId();

        store.save(session);

        assertThat(store.findById(newId)).isNotNull();
    }

    @Test
    void aDeletedSessionIsGone() {
        store.deleteById(id);

        assertThat(store.findById(id)).isNull();
        assertThat(written).doesNotContainKey(id);
    }

    @Test
    void anExpiredSessionIsNotFound() {
        MapSession old = new MapSession("old");
        old.setMaxInactiveInterval(Duration.ofMinutes(1));
        old.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(2)));
        written.put("old", old);

        assertThat(store.findById("old")).isNull();
    }
}
