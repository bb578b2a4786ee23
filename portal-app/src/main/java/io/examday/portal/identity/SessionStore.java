package io.examday.portal.identity;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

import java.time.Duration;

/**
 * The portal's sessions: kept in Redis, read through this instance's local copies, written back only when a request
 * changed them or when their last-access time is a touch interval old. A request that changes nothing thus costs no
 * Redis round trip and no deserialization while its session is held here; a session may expire up to one touch
 * interval early, against a timeout of hours. Changes and deletions are announced to the other instances. A changed
 * session that is signed in is noted under its user, so that a user's sessions can all be ended.
 */
public final class SessionStore implements SessionRepository<TouchedSession> {

    private final SharedSessions shared;
    private final LocalSessions local;
    private final SessionChanges changes;
    private final Duration timeout;
    private final Duration touchInterval;

    SessionStore(SharedSessions shared, LocalSessions local, SessionChanges changes, Duration timeout,
                 Duration touchInterval) {
        this.shared = shared;
        this.local = local;
        this.changes = changes;
        this.timeout = timeout;
        this.touchInterval = touchInterval;
    }

    @Override
    public TouchedSession createSession() {
        var session = new MapSession();
        session.setMaxInactiveInterval(timeout);
        return new TouchedSession(session, true);
    }

    @Override
    public void save(TouchedSession session) {
        if (!session.needsWriting(touchInterval)) {
            return;
        }
        session.applyAccessTime();
        MapSession stored = session.stored();
        shared.write(stored);
        boolean idChanged = !session.isNew() && !session.originalId().equals(stored.getId());
        if (idChanged) {
            shared.delete(session.originalId());
            local.evict(session.originalId());
        }
        if (session.changed()) {
            String username = signedInAs(stored);
            if (username != null) {
                shared.indexByUser(username, stored.getId(), stored.getMaxInactiveInterval());
            }
            if (!session.isNew()) {
                changes.announce(session.originalId());
            }
        }
        local.keep(stored);
    }

    /**
     * Ends every session signed in as {@code username}, on every instance (each deletion is announced): a replaced
     * admission code must not leave a session opened with the old one working. Returns how many were still there.
     */
    public int endSessionsOf(String username) {
        int ended = 0;
        for (String id : shared.takeSessionsOf(username)) {
            ended += end(id) ? 1 : 0;
        }
        return ended;
    }

    private static String signedInAs(MapSession session) {
        if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null) {
            return context.getAuthentication().getName();
        }
        return null;
    }

    @Override
    public TouchedSession findById(String id) {
        MapSession session = local.get(id);
        if (session == null) {
            long evictionsBefore = local.evictionsSoFar();
            session = shared.read(id);
            if (session == null) {
                return null;
            }
            if (session.isExpired()) {
                deleteById(id);
                return null;
            }
            local.keep(session, evictionsBefore);
        }
        return new TouchedSession(session, false);
    }

    @Override
    public void deleteById(String id) {
        end(id);
    }

    /** Deleted in Redis and here, and announced to the other instances; true when Redis still held it. */
    private boolean end(String id) {
        boolean held = shared.delete(id);
        local.evict(id);
        changes.announce(id);
        return held;
    }
}
