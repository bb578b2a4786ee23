package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Cache hit rate over all the portal's caches, strictly above. */
public record Cache(
        @JsonProperty(required = true) Window window,
        @JsonProperty(required = true) Percent hitRateAbove) {}
