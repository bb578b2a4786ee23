package io.examday.harness.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of a capacity search: a cohort size, the run that tried it, its verdict and the figures plotted against
 * the cohort. Figures the run folder could not give are absent.
 *
 * @param verdict          {@code PASS}, {@code FAIL}, {@code INCONCLUSIVE}, or {@code NOT_RUN} for a run that could not happen
 * @param firstBroken      the first threshold the gate failed (or could not judge), by name and id; absent on a pass
 * @param p95Ms            whole-run p95 of all requests
 * @param worstWindowP95Ms the p95 of all requests in the run's worst judged window
 * @param cpuPerRequestMs  portal CPU time per request served over full load
 * @param cpuPeak          the system under test's highest rolling CPU share (0..1)
 * @param requestsPerSecond requests per second over full load
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityStep(
        int candidates,
        String runId,
        String verdict,
        String firstBroken,
        Double p95Ms,
        Double worstWindowP95Ms,
        Double cpuPerRequestMs,
        Double cpuPeak,
        Double requestsPerSecond) {

    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";
    public static final String INCONCLUSIVE = "INCONCLUSIVE";
    public static final String NOT_RUN = "NOT_RUN";

    public boolean passed() {
        return PASS.equals(verdict);
    }

    public boolean failed() {
        return FAIL.equals(verdict);
    }
}
