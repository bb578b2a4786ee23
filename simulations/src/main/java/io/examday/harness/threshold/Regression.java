package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much worse than the scenario's stored baseline a run may get before the gate calls it a regression. The
 * margins come from the run-to-run spread of clean runs on one machine (release.yaml states it).
 *
 * @param p95WorseAtMost            the whole-run p95, of all requests and of each request name
 * @param endpointRequestsAtLeast   a request name's p95 is compared only when this run and the baseline each sent it
 *                                  at least this often: the p95 of a hundred requests moves with a handful of them
 * @param cpuPerRequestWorseAtMost  portal CPU time per request over the full-load window
 * @param statementsMeanWorseAtMost mean SQL statements per request over the whole run
 */
public record Regression(
        @JsonProperty(required = true) MillisMargin p95WorseAtMost,
        @JsonProperty(required = true) long endpointRequestsAtLeast,
        @JsonProperty(required = true) MillisMargin cpuPerRequestWorseAtMost,
        @JsonProperty(required = true) NumberMargin statementsMeanWorseAtMost) {}
