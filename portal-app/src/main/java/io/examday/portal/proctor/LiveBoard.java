package io.examday.portal.proctor;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proctor's live view, kept in Redis as the attempts move, so a poll reads a few keys instead of counting
 * rows. Per exam: a hash of counters, a hash of each candidate's state and a sorted set of last activity.
 */
@Service
public class LiveBoard {

    private static final String IN_PROGRESS = "inProgress";
    private static final String SUBMITTED = "submitted";

    private final StringRedisTemplate redis;

    public LiveBoard(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** A candidate entry on the board. {@code lastActivity} is null before the first activity. */
    public record Entry(String username, long attemptId, String status, Instant deadline, Instant lastActivity) {
    }

    public record Counts(long inProgress, long submitted) {
    }

    /**
     * Call once, when the attempt row was created (not when a start is repeated). The three writes go in one round
     * trip: the start storm makes 10,000 of these in under a minute.
     */
    public void attemptStarted(long examId, String username, long attemptId, Instant deadline) {
        String state = state("IN_PROGRESS", attemptId, deadline);
        long now = System.currentTimeMillis();
        redis.executePipelined((RedisCallback<Object>) connection -> {
            connection.hashCommands().hIncrBy(bytes(countsKey(examId)), bytes(IN_PROGRESS), 1);
            connection.hashCommands().hSet(bytes(states(examId)), bytes(username), bytes(state));
            connection.zSetCommands().zAdd(bytes(activity(examId)), now, bytes(username));
            return null;
        });
    }

    /** A save, page read or heartbeat: one ZADD. */
    public void activity(long examId, String username) {
        redis.opsForZSet().add(activity(examId), username, System.currentTimeMillis());
    }

    /** Call once, when the status actually changed to SUBMITTED or AUTO_SUBMITTED. */
    public void attemptSubmitted(long examId, String username, long attemptId, String status, Instant deadline) {
        redis.opsForHash().increment(countsKey(examId), IN_PROGRESS, -1);
        redis.opsForHash().increment(countsKey(examId), SUBMITTED, 1);
        setState(examId, username, attemptId, status, deadline);
    }

    public void attemptReopened(long examId, String username, long attemptId, Instant deadline) {
        redis.opsForHash().increment(countsKey(examId), SUBMITTED, -1);
        redis.opsForHash().increment(countsKey(examId), IN_PROGRESS, 1);
        setState(examId, username, attemptId, "IN_PROGRESS", deadline);
    }

    public void deadlineChanged(long examId, String username, long attemptId, Instant deadline) {
        Object state = redis.opsForHash().get(states(examId), username);
        String status = state == null ? "IN_PROGRESS" : state.toString().split("\\|")[0];
        setState(examId, username, attemptId, status, deadline);
    }

    public Counts counts(long examId) {
        Map<Object, Object> counts = redis.opsForHash().entries(countsKey(examId));
        return new Counts(number(counts.get(IN_PROGRESS)), number(counts.get(SUBMITTED)));
    }

    /** The {@code limit} most recently active candidates, newest first. */
    public List<Entry> recent(long examId, int limit) {
        Set<org.springframework.data.redis.core.ZSetOperations.TypedTuple<String>> recent =
                redis.opsForZSet().reverseRangeWithScores(activity(examId), 0, limit - 1L);
        if (recent == null || recent.isEmpty()) {
            return List.of();
        }
        List<String> usernames = recent.stream().map(org.springframework.data.redis.core.ZSetOperations.TypedTuple::getValue).toList();
        List<Object> states = redis.opsForHash().multiGet(states(examId), new ArrayList<>(usernames));
        List<Entry> entries = new ArrayList<>(usernames.size());
        int i = 0;
        for (var tuple : recent) {
            Object state = states.get(i++);
            if (state == null) {
                continue;
            }
            String[] parts = state.toString().split("\\|");
            Double score = tuple.getScore();
            entries.add(new Entry(tuple.getValue(), Long.parseLong(parts[1]), parts[0],
                    Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    score == null ? null : Instant.ofEpochMilli(score.longValue())));
        }
        return entries;
    }

    /** Forget an exam's board (a re-seed of load-test data starts from zero). */
    public void clear(long examId) {
        redis.delete(List.of(countsKey(examId), states(examId), activity(examId)));
    }

    private void setState(long examId, String username, long attemptId, String status, Instant deadline) {
        redis.opsForHash().put(states(examId), username, state(status, attemptId, deadline));
    }

    private static String state(String status, long attemptId, Instant deadline) {
        return status + "|" + attemptId + "|" + deadline.toEpochMilli();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long number(Object value) {
        return value == null ? 0 : Long.parseLong(value.toString());
    }

    private static String countsKey(long examId) {
        return "examday:live:" + examId + ":counts";
    }

    private static String states(long examId) {
        return "examday:live:" + examId + ":state";
    }

    private static String activity(long examId) {
        return "examday:live:" + examId + ":activity";
    }
}
