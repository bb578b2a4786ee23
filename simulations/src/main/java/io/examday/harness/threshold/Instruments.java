package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far Gatling's own whole-run figures and the recorder's may differ before the run's measurements are not
 * trusted. Both time the same span, from the request's hand-over to Gatling's HTTP client to its complete response,
 * each on its own clock and in its own statistics; Gatling's in whole milliseconds.
 *
 * @param countsDifferAtMost request counts, all together and per request name, OK and KO apart
 * @param p95DiffersAtMost   the p95, of all requests and per request name
 * @param meanDiffersAtMost  the mean, of all requests and per request name: Gatling keeps it exactly (in whole
 *                           milliseconds), so it is the two instruments' precise timing comparison
 * @param p95RankDiffersAtMost how far from the 95th in percentile rank Gatling's p95 may lie in the recorder's
 *                             histogram: Gatling estimates percentiles (a t-digest), exact in value only to a
 *                             fraction of a percentile, which a steep tail turns into hundreds of milliseconds
 */
public record Instruments(
        @JsonProperty(required = true) NumberMargin countsDifferAtMost,
        @JsonProperty(required = true) MillisMargin p95DiffersAtMost,
        @JsonProperty(required = true) MillisMargin meanDiffersAtMost,
        @JsonProperty(required = true) Percent p95RankDiffersAtMost) {}
