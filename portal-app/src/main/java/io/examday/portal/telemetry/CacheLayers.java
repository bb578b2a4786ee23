package io.examday.portal.telemetry;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Which layer a cache meter measures, as its {@code layer} tag, so the gate can judge the shared cache on its own:
 * a fast in-process layer in front of it would otherwise hide a shared layer that misses on every read.
 */
public final class CacheLayers {

    public static final String TAG = "layer";
    /** This process's own short-lived copies. */
    public static final String LOCAL = "local";
    /** The Redis cache every instance shares, in front of PostgreSQL. */
    public static final String SHARED = "shared";
    /**
     * The {@code cache.manager} tag Spring Boot's cache metrics give the auto-configured cache manager (its bean
     * name); {@code spring.cache.type: redis} makes it the Redis one.
     */
    static final String SPRING_CACHE_MANAGER = "cacheManager";

    private CacheLayers() {}

    /** Tags the meters of Spring's (Redis) cache manager {@code layer=shared}; in-process caches tag themselves. */
    static MeterFilter springCachesAreShared() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                boolean springCache = id.getName().startsWith("cache.") && SPRING_CACHE_MANAGER.equals(id.getTag("cache.manager"));
                return springCache && id.getTag(TAG) == null ? id.withTag(Tag.of(TAG, SHARED)) : id;
            }
        };
    }
}
