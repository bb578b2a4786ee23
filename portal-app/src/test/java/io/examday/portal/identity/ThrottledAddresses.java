package io.examday.portal.identity;

import io.examday.portal.PortalClient;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Client addresses for tests that fail sign-ins on purpose: each one no other test uses, so no other test's
 * candidates are throttled, and its throttle keys deleted afterwards ({@link #forget()}).
 */
final class ThrottledAddresses {

    private final StringRedisTemplate redis;
    private final String keyPrefix;
    private final List<String> handedOut = new ArrayList<>();

    ThrottledAddresses(StringRedisTemplate redis, SignInThrottleProperties throttle) {
        this.redis = redis;
        this.keyPrefix = throttle.keyPrefix();
    }

    String fresh() {
        String address = PortalClient.someClientAddress();
        handedOut.add(address);
        return address;
    }

    /** The throttle's keys for this address: its own and those of every username from it. */
    Set<String> keys(String address) {
        Set<String> keys = new HashSet<>(redis.keys(keyPrefix + "*:" + address));
        keys.addAll(redis.keys(keyPrefix + "*:" + address + "/*"));
        return keys;
    }

    void forget() {
        handedOut.forEach(address -> redis.delete(keys(address)));
        handedOut.clear();
    }
}
