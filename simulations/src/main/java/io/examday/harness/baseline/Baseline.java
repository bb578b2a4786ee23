package io.examday.harness.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.examday.harness.threshold.Window;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code reports/baselines/<scenario>.json}: the few figures of a passing run that later runs of the same scenario
 * are compared with. Committed, so it stays small.
 *
 * @param p95Ms global client p95 per window ({@code whole-run}, {@code full-load})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Baseline(
        String scenario,
        String runId,
        Instant startedAt,
        Instant promotedAt,
        Map<String, Double> p95Ms,
        long requests,
        long peakActiveUsers) {

    public Baseline {
        p95Ms = p95Ms == null ? Map.of() : Map.copyOf(p95Ms);
    }

    public Optional<Double> p95Ms(Window window) {
        return Optional.ofNullable(p95Ms.get(window.word()));
    }
}
