package io.examday.portal.sharedstate;

import io.examday.portal.telemetry.CacheLayers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.serializer.SerializationException;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * One named Redis cache, typed. A stored value this build cannot read (one written by a build whose form it does
 * not share) is a miss, not an error: it is dropped and loaded again. Redis's statistics had already counted it a
 * hit, when it found the bytes, so it is counted in {@code cache.unreadable}, which the gate takes off the hits.
 */
public final class SharedCache<T> {

    /** Meter of stored values found but not readable, tagged {@code cache} and {@code layer=shared}. */
    public static final String UNREADABLE = "cache.unreadable";

    private static final Logger log = LoggerFactory.getLogger(SharedCache.class);

    private final Cache cache;
    private final Class<T> type;
    private final Counter unreadable;

    public SharedCache(CacheManager caches, CacheForm<T> form, MeterRegistry meters) {
        this.cache = Objects.requireNonNull(caches.getCache(form.name()), () -> "no cache named " + form.name());
        this.type = form.type();
        this.unreadable = Counter.builder(UNREADABLE)
                .description("Values found in the shared cache that this build could not read, loaded again")
                .tag("cache", form.name()).tag(CacheLayers.TAG, CacheLayers.SHARED)
                .register(meters);
    }

    /** The cached value, or what {@code loader} returns, stored for the next lookup (null included). */
    public T get(Object key, Callable<T> loader) {
        try {
            return cache.get(key, loader);
        } catch (SerializationException e) {
            dropUnreadable(key, e);
            return cache.get(key, loader);
        }
    }

    /** The cached value, or null when there is none or it could not be read. */
    public T getIfPresent(Object key) {
        try {
            return cache.get(key, type);
        } catch (SerializationException e) {
            dropUnreadable(key, e);
            return null;
        }
    }

    public void put(Object key, T value) {
        cache.put(key, value);
    }

    public void evict(Object key) {
        cache.evict(key);
    }

    private void dropUnreadable(Object key, SerializationException e) {
        unreadable.increment();
        log.warn("Cache {} held a value for {} that this build cannot read ({}); loading it again",
                cache.getName(), key, e.getMessage());
        cache.evict(key);
    }
}
