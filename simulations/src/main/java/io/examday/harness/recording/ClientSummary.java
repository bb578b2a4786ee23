package io.examday.harness.recording;

import java.util.Map;

/**
 * {@code client/summary.json}, written when the run ends.
 *
 * @param global every request of the run
 * @param requests per request name (the portal's route template), sorted by name
 * @param errors failure messages and how often each was seen
 * @param peakActiveUsers the most candidates active at once
 */
public record ClientSummary(
        LatencyFigures global, Map<String, LatencyFigures> requests, Map<String, Long> errors, int peakActiveUsers) {}
