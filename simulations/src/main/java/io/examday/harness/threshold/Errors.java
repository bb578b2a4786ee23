package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The error budget: failed requests as seen by the clients, both as a count and as a share of all requests. */
public record Errors(
        @JsonProperty(required = true) Window window,
        @JsonProperty(required = true) long failedRequestsAtMost,
        @JsonProperty(required = true) Percent failedShareAtMost) {}
