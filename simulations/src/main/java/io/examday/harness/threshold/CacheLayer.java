package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A layer of the portal's caches, as the {@code layer} label of {@code cache_gets_total} names it: {@code local} =
 * each instance's own short-lived copies, {@code shared} = the Redis cache between the portal and PostgreSQL.
 */
public enum CacheLayer {
    LOCAL("local"),
    SHARED("shared");

    private final String label;

    CacheLayer(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static CacheLayer of(String label) {
        for (CacheLayer layer : values()) {
            if (layer.label.equals(label)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("layer must be 'local' or 'shared', not '" + label + "'");
    }
}
