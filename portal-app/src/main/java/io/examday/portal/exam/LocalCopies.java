package io.examday.portal.exam;

import io.examday.portal.telemetry.CacheLayers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * This process's short-lived copies of one catalog cache, in front of the shared Redis cache. At 10k candidates
 * every page read and save needs the exam; from memory that costs nothing, from Redis a round trip and a
 * deserialization each. Every lookup counts as a hit or a miss of this layer ({@code cache_gets{layer="local"}});
 * a miss then asks the Redis cache, which counts it again as a lookup of its own layer ({@code layer="shared"}).
 * Counting both outcomes keeps the layers apart: hits alone would make any layer look perfect. Lookups that miss
 * while another lookup of the same exam is already asking Redis wait for its answer instead of asking again: when
 * a copy expires under hundreds of requests a second, or at the open, one exam is read and deserialized once.
 */
final class LocalCopies<T> {

    private record Copy<T>(T value, long expiresAt) {
    }

    private final Map<Long, Copy<T>> copies = new ConcurrentHashMap<>();
    /** The lookup now asking the shared cache for an exam, which later misses of that exam wait for. */
    private final Map<Long, CompletableFuture<T>> asking = new ConcurrentHashMap<>();
    /** Bumped by every eviction, so a load that raced an eviction does not put back what was evicted. */
    private final AtomicLong evictions = new AtomicLong();
    private final long ttlNanos;
    private final Counter hits;
    private final Counter misses;

    LocalCopies(String cacheName, Duration ttl, MeterRegistry meters) {
        this.ttlNanos = ttl.toNanos();
        this.hits = lookups(cacheName, "hit", meters);
        this.misses = lookups(cacheName, "miss", meters);
    }

    /** The tags Spring's cache meters carry, so one Prometheus family holds every layer. */
    private static Counter lookups(String cacheName, String result, MeterRegistry meters) {
        return Counter.builder("cache.gets")
                .description("Cache lookups: hit = answered by the cache, miss = not")
                .tags("cache", cacheName, "cache.manager", CacheLayers.LOCAL, "name", cacheName,
                        CacheLayers.TAG, CacheLayers.LOCAL, "result", result)
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
        misses.increment();
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> earlier = asking.putIfAbsent(examId, mine);
        if (earlier != null) {
            return answerOf(earlier);
        }
        try {
            long evictionsBefore = evictions.get();
            T value = shared.get();
            if (value != null && ttlNanos > 0 && evictions.get() == evictionsBefore) {
                copies.put(examId, new Copy<>(value, now + ttlNanos));
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            asking.remove(examId, mine);
        }
    }

    private static <T> T answerOf(CompletableFuture<T> earlier) {
        try {
            return earlier.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    void evict(long examId) {
        evictions.incrementAndGet();
        copies.remove(examId);
        // A lookup after the eviction must not wait for an answer read before it.
        asking.remove(examId);
    }
}
