package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether the portal holds steady through a long exam: the last third of the run's exam phase against its first, for
 * what the portal keeps (heap after collection), what it holds open (files and sockets, threads, database connections
 * in use) and how fast each route answers. Each figure may grow by at most its margin.
 *
 * @param examAtLeast               a shorter exam phase is reported, not judged: a slow leak needs time to show
 * @param heapRetainedMiBGrowsAtMost the heap left after the long-lived generation's collections, in MiB
 * @param openFilesGrowAtMost       the portal's open files, sockets included
 * @param threadsGrowAtMost         the portal's live platform threads
 * @param poolActiveGrowsAtMost     database pool connections in use
 * @param p95GrowsAtMost            each route's p95 (routes with the latency file's minimum requests in both thirds)
 */
public record Steadiness(
        @JsonProperty(required = true) Millis examAtLeast,
        @JsonProperty(required = true) NumberMargin heapRetainedMiBGrowsAtMost,
        @JsonProperty(required = true) NumberMargin openFilesGrowAtMost,
        @JsonProperty(required = true) NumberMargin threadsGrowAtMost,
        @JsonProperty(required = true) NumberMargin poolActiveGrowsAtMost,
        @JsonProperty(required = true) MillisMargin p95GrowsAtMost) {}
