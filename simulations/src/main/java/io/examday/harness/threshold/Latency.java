package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Client-side response-time budgets (strictly below), each judged in every tumbling window of {@code every} across
 * {@code window}, aligned to its start: the worst window is the measured figure. A window holding fewer than
 * {@code minRequestsPerWindow} requests of the request name judged is reported, not judged.
 *
 * @param endpoints p95 budget per request name, which is the portal's route template ({@code GET /api/attempts/{attemptId}})
 */
public record Latency(
        @JsonProperty(required = true) Window window,
        @JsonProperty(required = true) WindowWidth every,
        @JsonProperty(required = true) MinRequests minRequestsPerWindow,
        @JsonProperty(required = true) Millis p95Below,
        Map<String, Millis> endpoints) {

    public Latency {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
    }
}
