package io.examday.harness.gate;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.run.RunFolder;
import io.examday.harness.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Judges a run folder the way {@code Harness gate} does, for the gate's tests: one fixed clock, one baseline path. */
final class TestGate {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private TestGate() {}

    static Verdict judge(Path reports, Path run, Thresholds thresholds) throws IOException {
        return judge(reports, run, thresholds, Optional.empty());
    }

    static Verdict judge(Path reports, Path run, Thresholds thresholds, Optional<Baseline> baseline) throws IOException {
        return Gate.judge(RunFolder.read(run), thresholds, baseline, reports.resolve("baselines/peak.json"), CLOCK);
    }

    /** The verdict's check of that id; a test asking for a check the gate did not make fails with the ones it did. */
    static Check check(Verdict verdict, String id) {
        return verdict.checks().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + verdict.checks()));
    }
}
