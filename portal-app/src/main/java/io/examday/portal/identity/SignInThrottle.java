package io.examday.portal.identity;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Failed sign-ins counted in Redis, so every portal instance sees the same counts: per username and client address,
 * and per client address. Past a limit, sign-in is refused for a while that doubles with every further failure.
 * <p>
 * The username count is per address, never per username alone: a lock that every address shares would let anyone
 * who knows a candidate's username lock them out on exam day by failing on purpose. Past the per-address limit an
 * address is refused for every username, which stops one client trying many usernames.
 * <p>
 * Keys ({@code keyPrefix}, then): {@code username-failures:<address>/<username>} and {@code address-failures:<address>}
 * count failures and are forgotten {@code window} after the latest; {@code username-refused:…} and
 * {@code address-refused:…} exist while sign-in is refused. An address holds no {@code /}, so a key names one pair.
 */
@Component
class SignInThrottle {

    /** Longer usernames never exist (SignInService refuses them): cut them so a key stays small. */
    private static final int USERNAME_KEY_LENGTH = 100;

    private static final RedisScript<List> STANDING = RedisScript.of("""
            return {redis.call('PTTL', KEYS[1]), redis.call('PTTL', KEYS[2]), redis.call('EXISTS', KEYS[3])}
            """, List.class);

    private static final RedisScript<List> FAILED = RedisScript.of("""
            local function count(failures, refused, limit)
              local n = redis.call('INCR', failures)
              redis.call('PEXPIRE', failures, ARGV[1])
              if n >= limit then
                local wait = math.min(tonumber(ARGV[4]) * 2 ^ math.min(n - limit, 40), tonumber(ARGV[5]))
                redis.call('SET', refused, '1', 'PX', math.floor(wait))
              end
              return n
            end
            return {count(KEYS[1], KEYS[3], tonumber(ARGV[2])), count(KEYS[2], KEYS[4], tonumber(ARGV[3]))}
            """, List.class);

    private final StringRedisTemplate redis;
    private final SignInThrottleProperties limits;

    SignInThrottle(StringRedisTemplate redis, SignInThrottleProperties limits) {
        this.redis = redis;
        this.limits = limits;
    }

    /**
     * Where a sign-in stands before it is checked, in one Redis round trip.
     *
     * @param refusedFor    how much longer sign-in is refused; zero when it may be checked
     * @param failedBefore  whether this username has failures from this address that a success must clear
     */
    record Standing(Duration refusedFor, boolean failedBefore) {
        boolean refused() {
            return refusedFor.isPositive();
        }
    }

    Standing standing(String username, String address) {
        List<?> answer = redis.execute(STANDING,
                List.of(usernameKey("username-refused:", username, address), addressKey("address-refused:", address),
                        usernameKey("username-failures:", username, address)));
        // PTTL answers -2 for a missing key: not refused.
        long refusedMillis = Math.max(0, Math.max(number(answer, 0), number(answer, 1)));
        return new Standing(Duration.ofMillis(refusedMillis), number(answer, 2) > 0);
    }

    /** Counts a failure against both limits and starts or lengthens a refusal past either. One round trip. */
    void failed(String username, String address) {
        redis.execute(FAILED,
                List.of(usernameKey("username-failures:", username, address), addressKey("address-failures:", address),
                        usernameKey("username-refused:", username, address), addressKey("address-refused:", address)),
                String.valueOf(limits.window().toMillis()),
                String.valueOf(limits.failuresPerUsernameAndAddress()), String.valueOf(limits.failuresPerAddress()),
                String.valueOf(limits.firstBackoff().toMillis()), String.valueOf(limits.maxBackoff().toMillis()));
    }

    /** A success forgets this username's failures from this address; the address's own count stays. */
    void succeeded(String username, String address) {
        redis.delete(List.of(usernameKey("username-failures:", username, address),
                usernameKey("username-refused:", username, address)));
    }

    private String usernameKey(String kind, String username, String address) {
        String name = username.length() > USERNAME_KEY_LENGTH ? username.substring(0, USERNAME_KEY_LENGTH) : username;
        return limits.keyPrefix() + kind + address + "/" + name;
    }

    private String addressKey(String kind, String address) {
        return limits.keyPrefix() + kind + address;
    }

    private static long number(List<?> answer, int index) {
        return ((Number) answer.get(index)).longValue();
    }
}
