package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The hit rate of one cache layer: hits / (hits + misses) of all the layer's caches together, strictly above.
 *
 * @param layer          the layer judged; the others are reported beside it
 * @param lookupsAtLeast lookups the layer must count in the window for its rate to be judged; fewer is unmeasured
 */
public record Cache(
        @JsonProperty(required = true) Window window,
        @JsonProperty(required = true) CacheLayer layer,
        @JsonProperty(required = true) int lookupsAtLeast,
        @JsonProperty(required = true) Percent hitRateAbove) {

    public Cache {
        if (lookupsAtLeast < 1) {
            throw new IllegalArgumentException("lookupsAtLeast must be at least 1: a hit rate of no lookups means nothing");
        }
    }
}
