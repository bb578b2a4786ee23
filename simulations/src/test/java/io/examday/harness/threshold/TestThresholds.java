package io.examday.harness.threshold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A threshold file for tests: the release numbers, with a server-sample minimum a ten-minute fixture can meet. */
public final class TestThresholds {

    private TestThresholds() {}

    public static String yaml() {
        return """
                name: test
                delivery:
                  peakUsersAtLeast: 98%
                  requestsAtLeast: 95%
                  scheduleLagP99AtMost: 100ms
                  injectorCpuCeiling: 90%
                  injectorCpuSaturatedFor: 10s
                  serverSamplesAtLeast: 3
                latency:
                  window: full-load
                  every: 60s
                  minRequestsPerWindow: 100
                  p95Below: 300ms
                  endpoints:
                    "GET /api/exams/{examId}/lobby": 100ms
                    "PUT /api/attempts/{attemptId}/answers/{questionId}": 150ms
                errors:
                  window: whole-run
                  failedRequestsAtMost: 0
                  failedShareAtMost: 0%
                statements:
                  window: whole-run
                  fewerThan: 10
                  shareAtLeast: 99%
                  meanBelow: 10
                cache:
                  window: full-load
                  layer: shared
                  lookupsAtLeast: 10
                  hitRateAbove: 85%
                cpu:
                  rollingWindow: 60s
                  peakBelow: 80%
                nothingLost: true
                afterTheExam:
                  settledWithin: 3m
                  jobsDoneWithin: 3m
                attack:
                  checkedPerAddressAtMost: 64
                  deliveredAtLeast: 90%
                instruments:
                  countsDifferAtMost: {share: 0.1%, plus: 5}
                  p95DiffersAtMost: {share: 10%, plus: 5ms}
                  meanDiffersAtMost: {share: 2%, plus: 5ms}
                  p95RankDiffersAtMost: 2.5%
                regression:
                  p95WorseAtMost: {share: 20%, plus: 5ms}
                  endpointRequestsAtLeast: 1000
                  cpuPerRequestWorseAtMost: {share: 30%, plus: 1ms}
                  statementsMeanWorseAtMost: {share: 5%, plus: 0.1}
                steadiness:
                  examAtLeast: 60m
                  heapRetainedMiBGrowsAtMost: {share: 25%, plus: 64}
                  openFilesGrowAtMost: {share: 10%, plus: 50}
                  threadsGrowAtMost: {share: 10%, plus: 10}
                  poolActiveGrowsAtMost: {share: 50%, plus: 4}
                  p95GrowsAtMost: {share: 30%, plus: 10ms}
                abort:
                  heldFor: 60s
                  requestsAtLeast: 100
                  failedShareAbove: 5%
                  p95AboveBudgetTimes: 10
                """;
    }

    public static Path write(Path dir) throws IOException {
        return Files.writeString(dir.resolve("test-thresholds.yaml"), yaml());
    }

    public static Thresholds load(Path dir) throws IOException {
        return ThresholdFile.load(write(dir));
    }
}
