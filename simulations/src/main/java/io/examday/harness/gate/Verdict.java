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
     * A failure that was measured wins: a portal that died in the start storm FAILs, with whatever could not be
     * measured listed beside it, and is never reported as "the load generator did not deliver". INCONCLUSIVE is
     * only for runs where nothing measured failed but something could not be measured or was not delivered.
     * Response times the client measured while its own timing was in doubt are not measured failures: {@link
     * ClientTimingTrust} turns them INCONCLUSIVE before this rule sees them.
     */
    static Outcome decide(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.status() == Status.FAIL)) {
            return Outcome.FAIL;
        }
        if (checks.stream().anyMatch(c -> c.status() == Status.INCONCLUSIVE)) {
            return Outcome.INCONCLUSIVE;
        }
        return Outcome.PASS;
    }
}
