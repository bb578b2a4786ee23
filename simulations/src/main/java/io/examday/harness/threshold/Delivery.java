package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The load-delivery rule: when the injector fell short of these, the run proves nothing either way (INCONCLUSIVE).
 *
 * @param peakUsersAtLeast           peak active users as a share of run.json {@code expected.peakConcurrentCandidates}
 * @param requestsAtLeast            requests sent as a share of run.json {@code expected.requests}
 * @param scheduleLagP99AtMost       p99 of how late requests left against when they were due (client/lag.hlog), over
 *                                   the whole run: past it the injector was starved and its timings are not trusted
 * @param injectorCpuCeiling         injector CPU (timeline.csv, share of the machine) counted as saturated at or above this
 * @param injectorCpuSaturatedFor    how long, in total, it may sit at the ceiling before its timings are not trusted
 * @param serverSamplesAtLeast       sampler scrapes needed inside the full-load window
 */
public record Delivery(
        @JsonProperty(required = true) Percent peakUsersAtLeast,
        @JsonProperty(required = true) Percent requestsAtLeast,
        @JsonProperty(required = true) Millis scheduleLagP99AtMost,
        @JsonProperty(required = true) Percent injectorCpuCeiling,
        @JsonProperty(required = true) Millis injectorCpuSaturatedFor,
        @JsonProperty(required = true) int serverSamplesAtLeast) {}
