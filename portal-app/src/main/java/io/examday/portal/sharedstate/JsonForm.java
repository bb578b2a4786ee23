package io.examday.portal.sharedstate;

import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a value every instance shares in Redis is written: as JSON of its type's fields, never as a Java-serialized
 * class. During a rolling deploy, instances of two builds read each other's values. A field one build added is
 * ignored by the other, and a field it lacks reads as empty (null, 0, false). Java serialization refuses both.
 * A value that cannot be read throws {@link SerializationException}; the caller decides what that means.
 */
public final class JsonForm<T> implements RedisSerializer<T> {

    private static final JsonMapper TOLERANT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private final Class<T> type;

    private JsonForm(Class<T> type) {
        this.type = type;
    }

    public static <T> JsonForm<T> of(Class<T> type) {
        return new JsonForm<>(type);
    }

    @Override
    public byte[] serialize(T value) {
        if (value == null) {
            return null;
        }
        try {
            return TOLERANT.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new SerializationException("Cannot write a " + type.getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public T deserialize(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return TOLERANT.readValue(bytes, type);
        } catch (JacksonException e) {
            throw new SerializationException("Not a " + type.getSimpleName() + " in JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public Class<?> getTargetType() {
        return type;
    }
}
