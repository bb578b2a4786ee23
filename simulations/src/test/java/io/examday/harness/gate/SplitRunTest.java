package io.examday.harness.gate;

import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run split over two injector JVMs, judged from its merged recording and from each injector's own. */
class SplitRunTest {

    @TempDir
    Path reports;

    private Path split(RunFixture first, RunFixture second) throws IOException {
        return RunFixture.split(reports, first, second);
    }

    @Test
    void twoInjectorsThatEachDeliveredTheirSliceAndAgreeWithTheirOwnGatlingPassBothChecks() throws IOException {
        Verdict verdict = TestGate.judge(reports, split(new RunFixture(), new RunFixture()), TestThresholds.load(reports));

        Check delivered = check(verdict, "delivery.injectors");
        assertThat(delivered.status()).isEqualTo(Status.PASS);
        assertThat(delivered.measured()).isEqualTo("all 2 delivered");
        assertThat(delivered.note()).contains("injector 0: 50.0% of the cohort, 60,000 requests")
                .contains("injector 1: 50.0% of the cohort, 60,000 requests");
        assertThat(check(verdict, "instruments.agreement").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "delivery.requests").measuredValue()).isEqualTo(120_000.0);
    }

    @Test
    void anInjectorThatFellShortOfItsSliceIsNamedThoughTheMergedRequestsSufficed() throws IOException {
        Verdict verdict = TestGate.judge(reports, split(new RunFixture(), new RunFixture().requestsPerSecond(10)),
                TestThresholds.load(reports));

        Check delivered = check(verdict, "delivery.injectors");
        assertThat(delivered.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(delivered.measured()).isEqualTo("injector 1: 6,000 requests, 28,500 owed");
        assertThat(check(verdict, "delivery.requests").status()).isEqualTo(Status.PASS);
    }

    @Test
    void anInjectorWhoseGatlingDisagreesWithItsOwnRecorderIsNamed() throws IOException {
        Verdict verdict = TestGate.judge(reports,
                split(new RunFixture(), new RunFixture().gatlingExtraRequests(RunFixture.PAGES, 500)),
                TestThresholds.load(reports));

        Check agreement = check(verdict, "instruments.agreement");
        assertThat(agreement.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(agreement.note()).contains("injector 1, " + RunFixture.PAGES + " count").doesNotContain("injector 0");
    }

    @Test
    void aRunOfOneInjectorHasNoCheckPerInjector() throws IOException {
        Verdict verdict = TestGate.judge(reports, new RunFixture().writeIn(reports), TestThresholds.load(reports));

        assertThat(verdict.checks()).extracting(Check::id).doesNotContain("delivery.injectors");
    }
}
