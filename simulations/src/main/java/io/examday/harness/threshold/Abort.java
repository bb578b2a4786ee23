package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When a run stops before its end: a hopeless run (a portal that fell over in minute 3) must not hold the machine, or
 * CI, for the rest of its length. The simulation watches its own recording every second; either condition holding
 * over the last {@code heldFor} stops the load, and the gate then fails the run on {@code run.stopped-early}.
 *
 * @param heldFor             the rolling window each figure is taken over
 * @param requestsAtLeast     a window with fewer requests stops nothing: a handful of requests is no trend (20 at least,
 *                            as for latency windows)
 * @param failedShareAbove    failed requests over the window, as a share of all its requests
 * @param p95AboveBudgetTimes the p95 of all requests over the window, as a multiple of {@code latency.p95Below}
 */
public record Abort(
        @JsonProperty(required = true) RollingWindow heldFor,
        @JsonProperty(required = true) MinRequests requestsAtLeast,
        @JsonProperty(required = true) Percent failedShareAbove,
        @JsonProperty(required = true) BudgetTimes p95AboveBudgetTimes) {}
