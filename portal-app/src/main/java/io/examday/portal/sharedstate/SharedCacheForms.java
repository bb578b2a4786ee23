package io.examday.portal.sharedstate;

import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;

import java.util.Map;

/**
 * The JSON form of each named Redis cache's values, for the cache manager Spring Boot builds. The feature that owns
 * a cache declares its type here; a cache left out would keep Spring's default, Java serialization, which
 * {@code SharedCacheFormsTest} refuses. Each cache keeps the rest of its configuration (time to live and so on), so
 * the order among customizers does not matter.
 */
public final class SharedCacheForms {

    private SharedCacheForms() {}

    public static RedisCacheManagerBuilderCustomizer of(Map<String, Class<?>> typesByCache) {
        return builder -> typesByCache.forEach((cache, type) -> builder.withCacheConfiguration(cache,
                builder.getCacheConfigurationFor(cache).orElseGet(builder::cacheDefaults)
                        .serializeValuesWith(SerializationPair.fromSerializer(JsonForm.of(type)))));
    }
}
