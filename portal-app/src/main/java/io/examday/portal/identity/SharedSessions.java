package io.examday.portal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.session.MapSession;

/**
 * Sessions in Redis, which every instance shares: one key per session, its whole state in one value, expiring
 * when the session would. One round trip to read, one to write.
 */
final class SharedSessions {

    private static final Logger log = LoggerFactory.getLogger(SharedSessions.class);

    private final RedisOperations<String, StoredSession> redis;
    private final String keyPrefix;

    SharedSessions(RedisOperations<String, StoredSession> redis, String keyPrefix) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
    }

    /** The stored session, or null when there is none or it can no longer be read (a release changed its form). */
    MapSession read(String id) {
        try {
            StoredSession stored = redis.opsForValue().get(keyPrefix + id);
            return stored == null ? null : stored.toSession();
        } catch (SerializationException unreadable) {
            log.warn("Session {} cannot be read ({}); treating it as ended", id, unreadable.getMessage());
            return null;
        }
    }

    void write(MapSession session) {
        redis.opsForValue().set(keyPrefix + session.getId(), StoredSession.of(session), session.getMaxInactiveInterval());
    }

    void delete(String id) {
        redis.delete(keyPrefix + id);
    }
}
