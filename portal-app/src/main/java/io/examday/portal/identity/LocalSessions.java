package io.examday.portal.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.examday.portal.telemetry.CacheLayers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.session.MapSession;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This instance's copies of the sessions it served, in front of Redis. Without them every request read its session
 * from Redis and rebuilt its security context by Java deserialization: about a seventh of the portal's CPU at 10k
 * candidates. Each lookup counts as a hit or a miss of this layer ({@code cache_gets{cache="sessions",layer="local"}}).
 * A request gets a copy of its own, so two requests of one candidate never share a session's attribute map.
 */
final class LocalSessions {

    static final String CACHE_NAME = "sessions";

    private final Cache<String, MapSession> copies;
    /** Bumped by every eviction, so a read that raced an eviction does not put back what was evicted. */
    private final AtomicLong evictions = new AtomicLong();
    private final Counter hits;
    private final Counter misses;

    LocalSessions(Duration ttl, long maxCopies, MeterRegistry meters) {
        this.copies = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxCopies).build();
        this.hits = lookups("hit", meters);
        this.misses = lookups("miss", meters);
    }

    private static Counter lookups(String result, MeterRegistry meters) {
        return Counter.builder("cache.gets")
                .description("Cache lookups: hit = answered by the cache, miss = not")
                .tags("cache", CACHE_NAME, "cache.manager", CacheLayers.LOCAL, "name", CACHE_NAME,
                        CacheLayers.TAG, CacheLayers.LOCAL, "result", result)
                .register(meters);
    }

    /** A private copy of the session held here and not yet past its own expiry, or null (a miss). */
    MapSession get(String id) {
        MapSession copy = copies.getIfPresent(id);
        if (copy == null || copy.isExpired()) {
            misses.increment();
            return null;
        }
        hits.increment();
        return new MapSession(copy);
    }

    /** The eviction count to hand back to {@link #keep} after a read from Redis. */
    long evictionsSoFar() {
        return evictions.get();
    }

    /** Keeps a copy of what a request read or wrote, unless an eviction came in since the read began. */
    void keep(MapSession session, long evictionsBeforeRead) {
        if (evictions.get() == evictionsBeforeRead) {
            copies.put(session.getId(), new MapSession(session));
        }
    }

    /** Keeps a copy of what this instance just wrote: nothing read earlier can be out of date against it. */
    void keep(MapSession session) {
        copies.put(session.getId(), new MapSession(session));
    }

    void evict(String id) {
        evictions.incrementAndGet();
        copies.invalidate(id);
    }

    /** Drops every copy: the session store may have lost what they copy ({@link SessionStoreRestarts}). */
    void evictAll() {
        evictions.incrementAndGet();
        copies.invalidateAll();
    }
}
