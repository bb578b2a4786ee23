package io.examday.harness.recording;

import java.util.Locale;

/** The line printed to the terminal every ~10 s, so whoever watches a long run sees where it is. */
record ProgressLine(String phase, int activeUsers, double requestsPerSecond, double p95MsSoFar, long failedSoFar) {

    String text() {
        return String.format(Locale.ROOT, "[examday] %-12s %,7d candidates  %,7.0f req/s  p95 %,.1f ms so far  %,d failed",
                phase, activeUsers, requestsPerSecond, p95MsSoFar, failedSoFar);
    }
}
