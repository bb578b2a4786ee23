package io.examday.portal.sharedstate;

import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;

/**
 * The JSON form of each named Redis cache's values, for the cache manager Spring Boot builds. The feature that owns
 * a cache declares its {@link CacheForm} here; a cache left out would keep Spring's default, Java serialization,
 * which {@code SharedCacheTest} refuses. Each cache keeps the rest of its configuration (time to live and so on), so
 * the order among customizers does not matter.
 */
public final class SharedCacheForms {

    private SharedCacheForms() {}

    public static RedisCacheManagerBuilderCustomizer of(CacheForm<?>... forms) {
        return builder -> {
            for (CacheForm<?> form : forms) {
                builder.withCacheConfiguration(form.name(),
                        builder.getCacheConfigurationFor(form.name()).orElseGet(builder::cacheDefaults)
                                .serializeValuesWith(SerializationPair.fromSerializer(JsonForm.of(form.type()))));
            }
        };
    }
}
