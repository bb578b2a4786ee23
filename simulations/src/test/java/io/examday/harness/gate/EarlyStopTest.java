package io.examday.harness.gate;

import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run an abort condition stopped fails, saying which condition held and when, before anything else. */
class EarlyStopTest {

    @TempDir
    Path reports;

    @Test
    void aRunStoppedByAnAbortConditionFailsNamingItAndWhen() throws IOException {
        Verdict verdict = TestGate.judge(reports, new RunFixture().stoppedEarly(192).writeIn(reports), TestThresholds.load(reports));

        Check stopped = check(verdict, "run.stopped-early");
        assertThat(stopped.status()).isEqualTo(Status.FAIL);
        assertThat(stopped.measured()).isEqualTo("stopped at +3:12 (09:03:12 UTC)");
        assertThat(stopped.note()).isEqualTo("failed share above 5%: 42.0% failed over the 60 s before, of 3,214 requests");
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.summary()).contains("the portal missed 1 of").contains(": Run went to its end was stopped at +3:12");
    }

    @Test
    void aRunThatWentToItsEndSaysSoWithoutJudging() throws IOException {
        Check stopped = check(TestGate.judge(reports, new RunFixture().writeIn(reports), TestThresholds.load(reports)),
                "run.stopped-early");

        assertThat(stopped.status()).isEqualTo(Status.NOTE);
        assertThat(stopped.measured()).isEqualTo("went to its end");
        assertThat(stopped.target()).isEqualTo("no abort condition held (over any 60s: failed share above 5%, or p95 above 10 times 300 ms)");
    }
}
