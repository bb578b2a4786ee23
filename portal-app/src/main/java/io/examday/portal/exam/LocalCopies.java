package io.examday.portal.exam;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import io.examday.portal.telemetry.CacheLayers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * This process's short-lived copies of one catalog cache, in front of the shared Redis cache, in a Caffeine cache.
 * At 10k candidates every page read and save needs the exam; from memory that costs nothing, from Redis a round trip
 * and a deserialization each. Caffeine's statistics count every lookup as a hit or a miss of this layer
 * ({@code cache_gets{layer="local"}}); a miss then asks the Redis cache, which counts it again as a lookup of its own
 * layer ({@code layer="shared"}). Counting both outcomes keeps the layers apart: hits alone would make any layer look
 * perfect. The cache holds the answer being asked for as well as the answers it has, so lookups of an exam that come
 * while another lookup is asking Redis for it wait for that answer (and count as hits) instead of asking again: when
 * a copy expires under hundreds of requests a second, or at the open, one exam is read and deserialized once.
 */
final class LocalCopies<T> {

    private final AsyncCache<Long, T> copies;

    LocalCopies(String cacheName, Duration ttl, MeterRegistry meters) {
        this.copies = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .recordStats(() -> new LayerCounts(cacheName, meters))
                .buildAsync();
    }

    /** The local copy while it is fresh, else what {@code shared} returns (kept when not null). */
    T get(long examId, Supplier<T> shared) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        boolean[] asking = {false};
        CompletableFuture<T> answer = copies.get(examId, (id, executor) -> {
            asking[0] = true;
            return mine;
        });
        if (asking[0]) {
            // Asked on this thread, outside Caffeine's lock: an eviction meanwhile drops this answer, not waits for it.
            try {
                mine.complete(shared.get());
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
        }
        return answerOf(answer);
    }

    private static <T> T answerOf(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Drops the copy, and any answer still being asked for: a lookup after it asks anew and keeps what it gets. */
    void evict(long examId) {
        copies.synchronous().invalidate(examId);
    }

    /** Caffeine's statistics of this layer, as the {@code cache.gets} counters every layer exports. */
    private static final class LayerCounts implements StatsCounter {

        private final Counter hits;
        private final Counter misses;

        LayerCounts(String cacheName, MeterRegistry meters) {
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

        @Override
        public void recordHits(int count) {
            hits.increment(count);
        }

        @Override
        public void recordMisses(int count) {
            misses.increment(count);
        }

        @Override
        public void recordLoadSuccess(long loadTime) {
        }

        @Override
        public void recordLoadFailure(long loadTime) {
        }

        @Override
        public void recordEviction(int weight, RemovalCause cause) {
        }

        @Override
        public CacheStats snapshot() {
            return CacheStats.of((long) hits.count(), (long) misses.count(), 0, 0, 0, 0, 0);
        }
    }
}
