package io.examday.portal.proctor;

import jakarta.annotation.PreDestroy;
import org.springframework.data.redis.core.DefaultTypedTuple;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Candidates' last activity, gathered in memory and written to the live board once per flush interval, one ZADD per
 * exam: a save or page read then costs no Redis round trip of its own (one each, ~500 a second at 10k candidates,
 * before). The proctor sees activity up to one interval late. A stamp that races a flush may wait for the next
 * one, or for the candidate's next activity.
 */
@Component
class ActivityStamps {

    private final StringRedisTemplate redis;
    private final Map<Long, Map<String, Long>> pending = new ConcurrentHashMap<>();

    ActivityStamps(StringRedisTemplate redis) {
        this.redis = redis;
    }

    void stamp(long examId, String username, long millis) {
        pending.computeIfAbsent(examId, id -> new ConcurrentHashMap<>()).merge(username, millis, Math::max);
    }

    @Scheduled(fixedDelayString = "${examday.proctor.activity-flush-interval}")
    void flush() {
        for (Long examId : pending.keySet()) {
            Map<String, Long> stamps = pending.remove(examId);
            if (stamps == null || stamps.isEmpty()) {
                continue;
            }
            Set<TypedTuple<String>> tuples = new HashSet<>(stamps.size());
            stamps.forEach((username, millis) -> tuples.add(new DefaultTypedTuple<>(username, millis.doubleValue())));
            redis.opsForZSet().add(LiveBoard.activityKey(examId), tuples);
        }
    }

    /** What is gathered still reaches the board when the portal stops. */
    @PreDestroy
    void flushOnStop() {
        flush();
    }
}
