package io.examday.harness.gate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code verdict.json}: the outcome, the plain-words summary, the headline figures the report's trend reads across
 * runs, and every check.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verdict(
        Outcome verdict,
        String summary,
        String runId,
        String scenario,
        String thresholds,
        Instant startedAt,
        Instant judgedAt,
        Figures figures,
        List<Check> checks) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    /** The headline figures of a run; p95 over the latency check's window. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figures(long peakActiveUsers, long expectedPeakUsers, long requests, Double p95Ms, String p95Window) {}

    /**
     * Untrustworthy measurements make a run inconclusive whatever else it shows. Otherwise a missed threshold fails
     * it, even if the load fell short (the portal failed under less than the promised load). A short load with every
     * threshold met proves nothing: inconclusive, never a pass.
     */
    static Outcome decide(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.role() == Role.MEASUREMENT && c.status() == Status.INCONCLUSIVE)) {
            return Outcome.INCONCLUSIVE;
        }
        if (checks.stream().anyMatch(c -> c.status() == Status.FAIL)) {
            return Outcome.FAIL;
        }
        if (checks.stream().anyMatch(c -> c.status() == Status.INCONCLUSIVE)) {
            return Outcome.INCONCLUSIVE;
        }
        return Outcome.PASS;
    }
}
