package io.examday.portal.regression;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * The "shared cache expires at once" regression: every Redis cache entry lives one millisecond, so nearly every
 * lookup in the shared layer misses and goes to PostgreSQL, while the in-process copies in front of it still
 * answer most reads. Applied once when the cache manager is built, and only when switched on.
 */
@Component
@ConditionalOnBooleanProperty("examday.regression.shared-cache-expires-at-once")
class SharedCacheExpiresAtOnce implements RedisCacheManagerBuilderCustomizer {

    static final Duration LIFETIME = Duration.ofMillis(1);

    @Override
    public void customize(RedisCacheManager.RedisCacheManagerBuilder builder) {
        builder.cacheDefaults(builder.cacheDefaults().entryTtl(LIFETIME));
        for (String name : List.copyOf(builder.getConfiguredCaches())) {
            builder.getCacheConfigurationFor(name)
                    .ifPresent(configuration -> builder.withCacheConfiguration(name, configuration.entryTtl(LIFETIME)));
        }
    }
}
