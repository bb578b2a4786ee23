package io.examday.harness.recording;

import java.util.Map;

/**
 * {@code client/summary.json}, written when the run ends.
 *
 * @param global every request of the run
 * @param requests per request name (the portal's route template), sorted by name
 * @param errors failure messages and how often each was seen
 * @param peakActiveUsers the most candidates active at once
 * @param injectorDelay how much of each response time the injector added (the recorder's time minus Gatling's),
 *                      over every request that got a response; absent from runs recorded before it was kept
 */
public record ClientSummary(
        LatencyFigures global, Map<String, LatencyFigures> requests, Map<String, Long> errors, int peakActiveUsers,
        LatencyFigures injectorDelay) {}
