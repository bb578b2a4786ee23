package io.examday.portal.proctor;

import org.springframework.data.redis.core.DefaultTypedTuple;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    private static final String NO_COUNTER = "";
    private static final String NO_ACTIVITY = "";

    /** Candidates per round trip while a board is replaced: each call holds Redis for all of its writes. */
    private static final int REPLACED_PER_CALL = 1000;

    /**
     * A candidate moves on the board: one counter down (unless none, or already at zero: a board Redis lost counts
     * from nothing until it is rebuilt), one up, their state set, their activity stamped (unless none). A script,
     * not a pipeline: Lettuce runs a pipeline on a dedicated connection, which without a pool is a new connection
     * per call (a 10k run's open made Redis accept 10,203 connections for 10,200 starts).
     * KEYS: counts, states, activity. ARGV: from counter, to counter, username, state, activity millis.
     */
    private static final RedisScript<Long> MOVE = RedisScript.of("""
            if ARGV[1] ~= '' and tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') > 0 then
                redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
            end
            redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
            redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
            if ARGV[5] ~= '' then redis.call('ZADD', KEYS[3], ARGV[5], ARGV[3]) end
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final ActivityStamps stamps;

    LiveBoard(StringRedisTemplate redis, ActivityStamps stamps) {
        this.redis = redis;
        this.stamps = stamps;
    }

    /** A candidate entry on the board. {@code lastActivity} is null before the first activity. */
    public record Entry(String username, long attemptId, String status, Instant deadline, Instant lastActivity) {
    }

    public record Counts(long inProgress, long submitted) {
    }

    /** Call once, when the attempt row was created (not when a start is repeated). */
    public void attemptStarted(long examId, String username, long attemptId, Instant deadline) {
        move(examId, username, NO_COUNTER, IN_PROGRESS, state("IN_PROGRESS", attemptId, deadline),
                Long.toString(System.currentTimeMillis()));
    }

    /** A save, page read or heartbeat: stamped in memory, on the board within one flush interval. */
    public void activity(long examId, String username) {
        stamps.stamp(examId, username, System.currentTimeMillis());
    }

    /** Call once, when the status actually changed to SUBMITTED or AUTO_SUBMITTED. */
    public void attemptSubmitted(long examId, String username, long attemptId, String status, Instant deadline) {
        move(examId, username, IN_PROGRESS, SUBMITTED, state(status, attemptId, deadline), NO_ACTIVITY);
    }

    public void attemptReopened(long examId, String username, long attemptId, Instant deadline) {
        move(examId, username, SUBMITTED, IN_PROGRESS, state("IN_PROGRESS", attemptId, deadline), NO_ACTIVITY);
    }

    /** One round trip on the shared connection, and counters and state never disagree half-way. */
    private void move(long examId, String username, String fromCounter, String toCounter, String state,
                      String activityMillis) {
        redis.execute(MOVE, List.of(countsKey(examId), states(examId), activityKey(examId)),
                fromCounter, toCounter, username, state, activityMillis);
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
        Set<TypedTuple<String>> recent =
                redis.opsForZSet().reverseRangeWithScores(activityKey(examId), 0, limit - 1L);
        if (recent == null || recent.isEmpty()) {
            return List.of();
        }
        List<String> usernames = recent.stream().map(TypedTuple::getValue).toList();
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

    /** KEYS: counts. ARGV: in progress, submitted. Both counters at once, so no move lands between them. */
    private static final RedisScript<Long> SET_COUNTS = RedisScript.of("""
            redis.call('HSET', KEYS[1], 'inProgress', ARGV[1], 'submitted', ARGV[2])
            return 1""", Long.class);

    /**
     * The exam's board as the database has it, over whatever Redis kept ({@link LiveBoardRebuild}): the counters and
     * every candidate's state replaced, and last activity added for candidates that have none since.
     */
    void replace(long examId, List<Entry> attempts) {
        long inProgress = attempts.stream().filter(a -> a.status().equals("IN_PROGRESS")).count();
        redis.execute(SET_COUNTS, List.of(countsKey(examId)), Long.toString(inProgress),
                Long.toString(attempts.size() - inProgress));
        for (int from = 0; from < attempts.size(); from += REPLACED_PER_CALL) {
            List<Entry> some = attempts.subList(from, Math.min(attempts.size(), from + REPLACED_PER_CALL));
            Map<String, String> states = new HashMap<>();
            Set<TypedTuple<String>> activity = new HashSet<>();
            for (Entry a : some) {
                states.put(a.username(), state(a.status(), a.attemptId(), a.deadline()));
                activity.add(new DefaultTypedTuple<>(a.username(),
                        (double) a.lastActivity().toEpochMilli()));
            }
            redis.opsForHash().putAll(states(examId), states);
            // Only where absent: a stamp flushed since Redis came back is newer than anything the database knows.
            redis.opsForZSet().addIfAbsent(activityKey(examId), activity);
        }
    }

    /** Forget an exam's board (a re-seed of load-test data starts from zero). */
    public void clear(long examId) {
        redis.delete(List.of(countsKey(examId), states(examId), activityKey(examId)));
    }

    private void setState(long examId, String username, long attemptId, String status, Instant deadline) {
        redis.opsForHash().put(states(examId), username, state(status, attemptId, deadline));
    }

    private static String state(String status, long attemptId, Instant deadline) {
        return status + "|" + attemptId + "|" + deadline.toEpochMilli();
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

    static String activityKey(long examId) {
        return "examday:live:" + examId + ":activity";
    }
}
