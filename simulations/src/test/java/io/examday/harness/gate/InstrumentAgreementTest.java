package io.examday.harness.gate;

import static io.examday.harness.run.RunFixture.ANSWERS;
import static io.examday.harness.run.RunFixture.PAGES;
import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test thresholds let counts differ by 0.1 % + 5 and p95s by 10 % + 5 ms beyond the recorder's p92.5 to p97.5, means by 2 % + 5 ms. */
class InstrumentAgreementTest {


    @TempDir
    Path reports;

    @Test
    void gatlingAndTheRecorderAgreeingPasses() throws IOException {
        Verdict verdict = judge(new RunFixture().gatlingP95Ms("All Requests", 128));

        Check agreement = check(verdict, "instruments.agreement");
        assertThat(agreement.status()).isEqualTo(Status.PASS);
        assertThat(agreement.measured()).isEqualTo("all 15 figures agree");
        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
    }

    @Test
    void gatlingCountingMoreRequestsThanTheRecorderMakesTheRunInconclusiveNamingTheFigure() throws IOException {
        Verdict verdict = judge(new RunFixture().gatlingExtraRequests(ANSWERS, 100));

        Check agreement = check(verdict, "instruments.agreement");
        assertThat(agreement.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(agreement.role()).isEqualTo(Role.TIMING);
        assertThat(agreement.measured()).isEqualTo("2 of 15 figures differ");
        assertThat(agreement.note()).contains(ANSWERS + " count: Gatling 30,100, recorder 30,000 (100 apart, at most 35)")
                .contains(ANSWERS + " OK:");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void aLatencyBudgetMissedWhileTheInstrumentsDisagreeIsNotTrustedNotFailed() throws IOException {
        Verdict verdict = judge(new RunFixture().fullLoadLatencyMs(400).gatlingP95Ms(PAGES, 1_000));

        Check p95 = check(verdict, "latency.p95");
        assertThat(p95.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(p95.note()).contains("not trusted: instruments.agreement put the client's timings in doubt");
        assertThat(p95.windowed()).as("which window was worst, kept through the doubt").isNotNull();
        assertThat(p95.windowed().worstFrom()).isNotNull();
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void aBudgetMissedWhileTheInstrumentsDisagreeStaysFailedWhenThePortalsOwnClockMissedItToo() throws IOException {
        Verdict verdict = judge(new RunFixture().stall(ANSWERS, 200, 260, 900).portalClockMs(700, 200, 260)
                .gatlingP95Ms(PAGES, 300));

        Check answers = check(verdict, "latency.p95." + ANSWERS);
        assertThat(answers.status()).isEqualTo(Status.FAIL);
        assertThat(answers.note()).contains("confirmed on the portal's own clock: ")
                .contains("took longer than 200 ms inside the portal");
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aBudgetMissedOnlyOnTheClientsClockWhileTheInstrumentsDisagreeIsNotTrusted() throws IOException {
        Verdict verdict = judge(new RunFixture().stall(ANSWERS, 200, 260, 900).portalClockMs(150, 200, 260)
                .gatlingP95Ms(PAGES, 300));

        Check answers = check(verdict, "latency.p95." + ANSWERS);
        assertThat(answers.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(answers.note()).contains("not trusted").doesNotContain("portal's own clock");
        assertThat(verdict.checks()).filteredOn(c -> c.status() == Status.FAIL).isEmpty();
    }

    @Test
    void gatlingP95FarFromTheRecordersMakesTheRunInconclusiveNamingTheRequest() throws IOException {
        Verdict verdict = judge(new RunFixture().gatlingP95Ms(PAGES, 300));

        Check agreement = check(verdict, "instruments.agreement");
        assertThat(agreement.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(agreement.note()).isEqualTo(PAGES + " p95: Gatling 300 ms, recorder 120 ms (103 ms to 137 ms allowed: its p92.5 to p97.5, 10% + 5 ms beyond)");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void disagreeingInstrumentsNameHowLongTheInjectorItselfTookAroundItsRequests() throws IOException {
        Check agreement = check(judge(new RunFixture().gatlingP95Ms(PAGES, 60).injectorDelayMs(55, 180, 900)),
                "instruments.agreement");

        assertThat(agreement.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(agreement.note()).endsWith("The injector itself took p95 55 ms, p99 180 ms, at most 900 ms around "
                + "its requests (client/injector-delay.hlog)");
    }

    @Test
    void gatlingsMeanFarFromTheRecordersMakesTheRunInconclusiveEvenWhenTheP95sAgree() throws IOException {
        Check agreement = check(judge(new RunFixture().gatlingMeanMs(ANSWERS, 135)), "instruments.agreement");

        assertThat(agreement.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(agreement.note()).isEqualTo(ANSWERS + " mean: Gatling 135 ms, recorder 120 ms (15 ms apart, at most 7.4 ms)");
    }

    @Test
    void gatlingsEstimatedP95OnASteepTailAgreesWhenItLiesWithinAPercentileOfTheRecordersRank() throws IOException {
        // 45 of 600 seconds stalled at 900 ms: 7.5 % of the page reads, so the recorder's p92.5 is 120 ms, its p95 900.
        Verdict verdict = judge(new RunFixture().stall(PAGES, 300, 345, 900).gatlingP95Ms(PAGES, 130));

        Check agreement = check(verdict, "instruments.agreement");
        assertThat(agreement.status()).isEqualTo(Status.PASS);
    }

    @Test
    void gatlingsP95BeyondThePercentileBandOfASteepTailStillDisagrees() throws IOException {
        Verdict verdict = judge(new RunFixture().stall(PAGES, 300, 345, 900).gatlingP95Ms(PAGES, 1_100));

        Check agreement = check(verdict, "instruments.agreement");
        assertThat(agreement.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(agreement.note()).startsWith(PAGES + " p95: Gatling 1,100 ms");
    }

    @Test
    void withoutGatlingsReportTheAgreementIsNotMeasured() throws IOException {
        Check agreement = check(judge(new RunFixture().noGatlingReport()), "instruments.agreement");

        assertThat(agreement.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(agreement.measured()).isEqualTo("not measured");
        assertThat(agreement.note()).contains("gatling/index.html");
    }

    @Test
    void gatlingExitingNonZeroWithoutAFailedAssertionIsInconclusive() throws IOException {
        Verdict verdict = judge(new RunFixture().gatlingExit(1).gatlingConsole("""
                Simulation io.examday.harness.simulation.ExamDaySimulation started...
                java.lang.OutOfMemoryError: Java heap space
                """));

        Check exit = check(verdict, "delivery.gatling-exit");
        assertThat(exit.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(exit.measured()).isEqualTo("exit 1");
        assertThat(exit.note()).contains("did not finish normally");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void gatlingExitingNonZeroBecauseItsOwnAssertionFailedIsExplained() throws IOException {
        Check exit = check(judge(new RunFixture().gatlingExit(1).gatlingConsole(
                "Global: 95th percentile of response time is less than 100.0 : false (actual : 120.0)\n")),
                "delivery.gatling-exit");

        assertThat(exit.status()).isEqualTo(Status.PASS);
        assertThat(exit.note()).contains("1 of Gatling's assertions failed");
    }

    @Test
    void aRunFolderWithoutGatlingsExitStatusSaysSoWithoutJudging() throws IOException {
        Check exit = check(judge(new RunFixture().gatlingExit(null)), "delivery.gatling-exit");

        assertThat(exit.status()).isEqualTo(Status.NOTE);
        assertThat(exit.measured()).isEqualTo("not recorded");
    }

    private Verdict judge(RunFixture fixture) throws IOException {
        return TestGate.judge(reports, fixture.writeIn(reports), TestThresholds.load(reports));
    }

}
