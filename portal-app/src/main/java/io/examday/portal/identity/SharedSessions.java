package io.examday.portal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.session.MapSession;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Sessions in Redis, which every instance shares: one key per session, its whole state in one value, expiring
 * when the session would. One round trip to read, one to write. Beside them, per signed-in user, the set of their
 * session ids ({@code user:<username>} after the prefix), so that all of a user's sessions can be ended.
 */
final class SharedSessions {

    private static final Logger log = LoggerFactory.getLogger(SharedSessions.class);

    /** KEYS: the user's set. ARGV: session id, the set's time to live in ms (the newest session's timeout). */
    private static final RedisScript<Long> INDEX = RedisScript.of("""
            redis.call('SADD', KEYS[1], ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1""", Long.class);

    private final RedisOperations<String, StoredSession> redis;
    private final StringRedisTemplate index;
    private final String keyPrefix;

    SharedSessions(RedisOperations<String, StoredSession> redis, StringRedisTemplate index, String keyPrefix) {
        this.redis = redis;
        this.index = index;
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

    /** True when the session was there to delete. */
    boolean delete(String id) {
        return Boolean.TRUE.equals(redis.delete(keyPrefix + id));
    }

    /** Notes that {@code sessionId} is signed in as {@code username}; a script, so one round trip on the shared connection. */
    void indexByUser(String username, String sessionId, Duration timeout) {
        index.execute(INDEX, List.of(userKey(username)), sessionId, Long.toString(timeout.toMillis()));
    }

    /** The ids noted for {@code username} and the note itself removed; some of them may have ended already. */
    Set<String> takeSessionsOf(String username) {
        Set<String> ids = index.opsForSet().members(userKey(username));
        index.delete(userKey(username));
        return ids == null ? Set.of() : ids;
    }

    private String userKey(String username) {
        return keyPrefix + "user:" + username;
    }
}
