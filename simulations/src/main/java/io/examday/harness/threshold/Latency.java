package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Client-side response-time budgets (strictly below).
 *
 * @param endpoints p95 budget per request name, which is the portal's route template ({@code GET /api/attempts/{attemptId}})
 */
public record Latency(
        @JsonProperty(required = true) Window window,
        @JsonProperty(required = true) Millis p95Below,
        Map<String, Millis> endpoints) {

    public Latency {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
    }
}
