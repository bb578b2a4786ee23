package io.examday.harness.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;
import java.util.Optional;

/**
 * {@code client/summary.json}: the recorder's totals for the whole run. {@code injectorDelay} is empty for runs
 * recorded before the recorder kept it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientSummary(Figures global, Map<String, Figures> requests, Map<String, Long> errors, long peakActiveUsers,
        Optional<Figures> injectorDelay) {

    public ClientSummary {
        requests = requests == null ? Map.of() : Map.copyOf(requests);
        errors = errors == null ? Map.of() : Map.copyOf(errors);
        injectorDelay = injectorDelay == null ? Optional.empty() : injectorDelay;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(long count, long ok, long ko, double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs) {}
}
