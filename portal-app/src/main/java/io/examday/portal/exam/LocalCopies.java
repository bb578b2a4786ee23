package io.examday.portal.exam;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * This process's short-lived copies of one catalog cache, in front of the shared Redis cache. At 10k candidates
 * every page read and save needs the exam; from memory that costs nothing, from Redis a round trip and a
 * deserialization each. A hit here counts as a cache hit ({@code cache_gets{cache_manager="local"}}); a miss here
 * is not counted, because the Redis cache behind it counts that same lookup as its own hit or miss.
 */
final class LocalCopies<T> {

    private record Copy<T>(T value, long expiresAt) {
    }

    private final Map<Long, Copy<T>> copies = new ConcurrentHashMap<>();
    /** Bumped by every eviction, so a load that raced an eviction does not put back what was evicted. */
    private final AtomicLong evictions = new AtomicLong();
    private final long ttlNanos;
    private final Counter hits;

    LocalCopies(String cacheName, Duration ttl, MeterRegistry meters) {
        this.ttlNanos = ttl.toNanos();
        this.hits = Counter.builder("cache.gets")
                .description("Cache lookups answered from this process's own copy")
                .tags("cache", cacheName, "cache.manager", "local", "name", cacheName, "result", "hit")
                .register(meters);
    }

    /** The local copy while it is fresh, else what {@code shared} returns (kept when not null). */
    T get(long examId, Supplier<T> shared) {
        long now = System.nanoTime();
        Copy<T> copy = copies.get(examId);
        if (copy != null && now - copy.expiresAt() < 0) {
            hits.increment();
            return copy.value();
        }
        long evictionsBefore = evictions.get();
        T value = shared.get();
        if (value != null && ttlNanos > 0 && evictions.get() == evictionsBefore) {
            copies.put(examId, new Copy<>(value, now + ttlNanos));
        }
        return value;
    }

    void evict(long examId) {
        evictions.incrementAndGet();
        copies.remove(examId);
    }
}
