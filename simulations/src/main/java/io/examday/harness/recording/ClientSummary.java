package io.examday.harness.recording;

import java.util.Map;

/**
 * {@code client/summary.json}, written when the run ends.
 *
 * @param global every request of the run
 * @param requests per request name (the portal's route template), sorted by name
 * @param errors failure messages and how often each was seen
 * @param peakActiveUsers the most candidates active at once
 * @param injectorDelay how long the injector took around each request (the step before it to the step after it,
 *                      minus Gatling's response time), over every request that got a response; absent from runs
 *                      recorded before it was kept
 */
public record ClientSummary(
        LatencyFigures global, Map<String, LatencyFigures> requests, Map<String, Long> errors, int peakActiveUsers,
        LatencyFigures injectorDelay) {}
