package io.examday.portal.identity;

import org.springframework.session.MapSession;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;

/** A session as written to Redis: its own fields, not Spring's MapSession, so the stored form is ours to keep. */
record StoredSession(String id, Instant createdAt, Instant lastAccessedAt, Duration maxInactive,
                     HashMap<String, Object> attributes) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static StoredSession of(MapSession session) {
        var attributes = new HashMap<String, Object>();
        session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
        return new StoredSession(session.getId(), session.getCreationTime(), session.getLastAccessedTime(),
                session.getMaxInactiveInterval(), attributes);
    }

    MapSession toSession() {
        var session = new MapSession(id);
        session.setCreationTime(createdAt);
        session.setLastAccessedTime(lastAccessedAt);
        session.setMaxInactiveInterval(maxInactive);
        attributes.forEach(session::setAttribute);
        return session;
    }
}
