package io.examday.portal.identity;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A session seen through one request, on a private copy. Every change but the last-access time passes straight
 * through and marks the session for writing; the last-access time is held back until it has moved by the touch
 * interval.
 */
final class TouchedSession implements Session {

    private final MapSession stored;
    private final boolean isNew;
    /** The id the session had when the request began: a changed id must be removed from the store. */
    private final String originalId;
    private boolean changed;
    private Instant accessedAt;

    TouchedSession(MapSession stored, boolean isNew) {
        this.stored = stored;
        this.isNew = isNew;
        this.originalId = stored.getId();
        this.changed = isNew;
    }

    MapSession stored() {
        return stored;
    }

    boolean isNew() {
        return isNew;
    }

    String originalId() {
        return originalId;
    }

    /** Changed in more than its last-access time: other instances' copies of it are out of date. */
    boolean changed() {
        return changed;
    }

    /** Changed, or last accessed at least {@code touchInterval} after the stored access time. */
    boolean needsWriting(Duration touchInterval) {
        return changed || accessedAt != null
                && Duration.between(stored.getLastAccessedTime(), accessedAt).compareTo(touchInterval) >= 0;
    }

    /** Hands the held-back access time to the stored session, just before it is written. */
    void applyAccessTime() {
        if (accessedAt != null) {
            stored.setLastAccessedTime(accessedAt);
        }
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        changed = true;
        return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        changed = true;
        stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        changed = true;
        stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        accessedAt = lastAccessedTime;
    }

    @Override
    public Instant getLastAccessedTime() {
        return accessedAt != null ? accessedAt : stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        changed = true;
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
