package io.examday.portal.identity;

import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Announces, over a Redis channel, that a session changed or ended, so every other instance drops its local copy
 * at once: a sign-out on one instance must end the session on all of them. Touches (last-access time only) are
 * not announced: an older access time in another instance's copy only makes that copy be read again sooner.
 */
final class SessionChanges implements MessageListener {

    private final StringRedisTemplate redis;
    private final String channel;
    /** Tells this instance's own announcements apart: it has already applied them. */
    private final String instance = UUID.randomUUID().toString();
    private final Consumer<String> evict;

    SessionChanges(StringRedisTemplate redis, String channel, Consumer<String> evict) {
        this.redis = redis;
        this.channel = channel;
        this.evict = evict;
    }

    void announce(String sessionId) {
        redis.convertAndSend(channel, instance + " " + sessionId);
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String[] parts = new String(message.getBody(), StandardCharsets.UTF_8).split(" ", 2);
        if (parts.length == 2 && !parts[0].equals(instance)) {
            evict.accept(parts[1]);
        }
    }
}
