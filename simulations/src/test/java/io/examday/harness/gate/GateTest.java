package io.examday.harness.gate;

import static io.examday.harness.run.RunFixture.ANSWERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.run.RunFixture;
import io.examday.harness.run.RunFolder;
import io.examday.harness.threshold.TestThresholds;
import io.examday.harness.threshold.Thresholds;
import io.examday.harness.threshold.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path reports;

    private Thresholds thresholds;

    @BeforeEach
    void thresholds() throws IOException {
        thresholds = TestThresholds.load(reports);
    }

    @Test
    void runMeetingEveryThresholdPasses() throws IOException {
        Verdict verdict = judge(new RunFixture());

        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
        assertThat(verdict.checks()).noneMatch(c -> c.status() == Status.FAIL || c.status() == Status.INCONCLUSIVE);
        assertThat(verdict.summary()).startsWith("PASS: the portal held 1,000 concurrent candidates");
        assertThat(check(verdict, "latency.p95").measuredValue()).isCloseTo(120, within(0.5));
    }

    @Test
    void p95AboveLimitAtFullLoadFailsWithMeasuredValue() throws IOException {
        Verdict verdict = judge(new RunFixture().fullLoadLatencyMs(400));

        Check p95 = check(verdict, "latency.p95");
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
        assertThat(p95.status()).isEqualTo(Status.FAIL);
        assertThat(p95.measuredValue()).isCloseTo(400, within(1.0));
        assertThat(p95.note()).contains("33% over");
        assertThat(verdict.summary()).contains("p95 response time, all requests was 400 ms, target below 300 ms");
    }

    @Test
    void slowRampsOutsideTheFullLoadWindowDoNotFailAFullLoadLatencyCheck() throws IOException {
        Verdict verdict = judge(new RunFixture().latencyMs(900).fullLoadLatencyMs(100));

        assertThat(check(verdict, "latency.p95").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "latency.p95").measuredValue()).isCloseTo(100, within(0.5));
    }

    @Test
    void endpointOverItsBudgetFailsWhileTheGlobalP95Holds() throws IOException {
        Verdict verdict = judge(new RunFixture().latencyMs(200));

        assertThat(check(verdict, "latency.p95").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "latency.p95." + ANSWERS).status()).isEqualTo(Status.FAIL);
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void endpointTheRunNeverCalledIsANoteNotAFailure() throws IOException {
        Check lobby = check(judge(new RunFixture()), "latency.p95.GET /api/exams/{examId}/lobby");

        assertThat(lobby.status()).isEqualTo(Status.NOTE);
        assertThat(lobby.measured()).isEqualTo("no requests");
    }

    @Test
    void failedRequestsBreakTheZeroErrorBudgetNamingTheError() throws IOException {
        Verdict verdict = judge(new RunFixture().failures(3));

        Check failed = check(verdict, "errors.failed-requests");
        assertThat(failed.status()).isEqualTo(Status.FAIL);
        assertThat(failed.measuredValue()).isEqualTo(3.0);
        assertThat(failed.note()).contains("found 503");
        assertThat(check(verdict, "errors.failed-share").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void cacheHitRateBelowTargetFailsWithMeasuredValue() throws IOException {
        Verdict verdict = judge(new RunFixture().cacheHitRate(0.80));

        Check cache = check(verdict, "cache.hit-rate");
        assertThat(cache.status()).isEqualTo(Status.FAIL);
        assertThat(cache.measuredValue()).isCloseTo(0.80, within(1e-9));
        assertThat(cache.measured()).isEqualTo("80.0%");
        assertThat(cache.note()).isEqualTo("5.0 percentage points under");
    }

    @Test
    void cpuSpikeInTheStartStormOutsideFullLoadFailsThePeakCheck() throws IOException {
        Verdict verdict = judge(new RunFixture().cpuSpike("portal", 0.75, 90, 160));

        Check peak = check(verdict, "cpu.peak-60s");
        assertThat(peak.status()).isEqualTo(Status.FAIL);
        assertThat(peak.measuredValue()).isCloseTo(0.75 + 0.10 + 0.02, within(1e-9));
        assertThat(peak.window()).isEqualTo(Window.WHOLE_RUN);
        assertThat(peak.note()).contains("from /proc").contains("worst window 09:01:").contains("portal 75.0%");
        assertThat(check(verdict, "cpu.full-load").status()).isEqualTo(Status.NOTE);
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void postgresBurningCpuWhileThePortalJvmIsIdleFailsThePeakCheck() throws IOException {
        Check peak = check(judge(new RunFixture().processCpu("portal", 0.05).processCpu("postgres", 0.80)), "cpu.peak-60s");

        assertThat(peak.status()).isEqualTo(Status.FAIL);
        assertThat(peak.measuredValue()).isCloseTo(0.87, within(1e-9));
        assertThat(peak.note()).contains("postgres 80.0%").contains("portal 5.0%");
    }

    @Test
    void aBusyNeighbourProcessDoesNotCountAgainstTheSystemUnderTest() throws IOException {
        Verdict verdict = judge(new RunFixture().processCpu("other", 0.45).processCpu("injector", 0.10));

        Check peak = check(verdict, "cpu.peak-60s");
        assertThat(peak.status()).isEqualTo(Status.PASS);
        assertThat(peak.measuredValue()).isCloseTo(0.42, within(1e-9));
        assertThat(peak.note()).contains("other 45.0%").contains("machine 97.0%");
        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aSpikeShorterThanTheWindowIsAveragedOverTheWindow() throws IOException {
        Check peak = check(judge(new RunFixture().cpuSpike("portal", 0.90, 300, 312)), "cpu.peak-60s");

        assertThat(peak.status()).isEqualTo(Status.PASS);
        assertThat(peak.measuredValue()).isCloseTo(0.42 + 0.60 * 12 / 60, within(1e-9));
    }

    @Test
    void fullLoadAverageIsReportedBesideThePeakAsAFigure() throws IOException {
        Verdict verdict = judge(new RunFixture().cpuSpike("redis", 0.50, 10, 100));

        Check full = check(verdict, "cpu.full-load");
        assertThat(full.status()).isEqualTo(Status.NOTE);
        assertThat(full.measured()).isEqualTo("42.0%");
        assertThat(check(verdict, "cpu.peak-60s").measuredValue()).isCloseTo(0.90, within(1e-9));
    }

    @Test
    void withoutProcessSamplesTheMachineLessTheInjectorIsJudgedAndTheNoteSaysSo() throws IOException {
        Check peak = check(judge(new RunFixture().noProcessSamples().injectorCpu(0.30)), "cpu.peak-60s");

        assertThat(peak.measuredValue()).isCloseTo(0.30, within(1e-9));
        assertThat(peak.note()).contains("less the injector");
    }

    @Test
    void aPortalOnAnotherMachineIsJudgedOnItsOwnCpuCounterAndTheNoteSaysSo() throws IOException {
        Check peak = check(judge(new RunFixture().noProcessSamples().target("http://10.20.30.40:8080").portalCpu(0.90)),
                "cpu.peak-60s");

        assertThat(peak.status()).isEqualTo(Status.FAIL);
        assertThat(peak.measuredValue()).isCloseTo(0.90, within(1e-6));
        assertThat(peak.note()).contains("PostgreSQL and Redis are not seen");
    }

    @Test
    void portalCpuFallsBackToTheUsageGaugeAndSaysSo() throws IOException {
        Check peak = check(judge(new RunFixture().noProcessSamples().target("http://10.20.30.40:8080").noCpuCounter()
                .portalCpu(0.5)), "cpu.peak-60s");

        assertThat(peak.status()).isEqualTo(Status.PASS);
        assertThat(peak.measuredValue()).isCloseTo(0.5, within(1e-9));
        assertThat(peak.note()).contains("process_cpu_usage");
    }

    @Test
    void nPlusOneOnlyInTheSubmitStormFailsThatRoutesStatementChecks() throws IOException {
        Verdict verdict = judge(new RunFixture().submitStormStatements(14, 0.2));

        String submit = RunFixture.SUBMIT;
        assertThat(check(verdict, "statements.mean." + submit).status()).isEqualTo(Status.FAIL);
        assertThat(check(verdict, "statements.mean." + submit).measuredValue()).isCloseTo(14, within(1e-9));
        assertThat(check(verdict, "statements.share-under." + submit).status()).isEqualTo(Status.FAIL);
        // Among 60,000 cheap reads the storm's 600 submits hide in the all-routes figures.
        assertThat(check(verdict, "statements.mean").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "statements.share-under").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "statements.mean." + ANSWERS).status()).isEqualTo(Status.PASS);
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aRouteWithFewRequestsMayHaveOneHeavyRequestButNotMore() throws IOException {
        String proctor = "GET /api/proctor/exams/{examId}/live";
        String author = "GET /api/author/exams";
        Verdict verdict = judge(new RunFixture().smallRoute(proctor, 50, 1, 3).smallRoute(author, 50, 5, 3));

        Check oneHeavy = check(verdict, "statements.share-under." + proctor);
        assertThat(oneHeavy.status()).isEqualTo(Status.PASS);
        assertThat(oneHeavy.limitValue()).isCloseTo(0.98, within(1e-9));
        assertThat(oneHeavy.note()).contains("1 of 50 requests").contains("fewer than 100 requests");
        assertThat(check(verdict, "statements.share-under." + author).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aRouteWhoseFewRequestsAverageTenStatementsFailsOnItsMean() throws IOException {
        String proctor = "GET /api/proctor/exams/{examId}/live";
        Check mean = check(judge(new RunFixture().smallRoute(proctor, 3, 0, 12)), "statements.mean." + proctor);

        assertThat(mean.status()).isEqualTo(Status.FAIL);
        assertThat(mean.measuredValue()).isCloseTo(12, within(1e-9));
    }

    @Test
    void backgroundJobStatementsAreReportedPerKindWithoutJudging() throws IOException {
        Verdict verdict = judge(new RunFixture().jobs("GRADE", 1000, 14).jobs("RESULT_PDF", 990, 3));

        Check grade = check(verdict, "statements.jobs.GRADE");
        assertThat(grade.status()).isEqualTo(Status.NOTE);
        assertThat(grade.measured()).isEqualTo("14.00");
        assertThat(grade.note()).startsWith("1,000 jobs run");
        assertThat(check(verdict, "statements.jobs.RESULT_PDF").measured()).isEqualTo("3.00");
        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
    }

    @Test
    void tooFewRequestsUnderTenStatementsFails() throws IOException {
        Check share = check(judge(new RunFixture().shareUnder10Statements(0.97)), "statements.share-under");

        assertThat(share.status()).isEqualTo(Status.FAIL);
        assertThat(share.measuredValue()).isCloseTo(0.97, within(1e-9));
    }

    @Test
    void meanStatementsAtTheLimitFails() throws IOException {
        Check mean = check(judge(new RunFixture().meanStatements(10)), "statements.mean");

        assertThat(mean.status()).isEqualTo(Status.FAIL);
        assertThat(mean.measuredValue()).isCloseTo(10, within(1e-9));
    }

    @Test
    void answersMissingFromTheAuditFailNothingLost() throws IOException {
        Verdict verdict = judge(new RunFixture().lostAnswers(2));

        Check answers = check(verdict, "nothing-lost.answers");
        assertThat(answers.status()).isEqualTo(Status.FAIL);
        assertThat(answers.note()).contains("2 lost");
        assertThat(check(verdict, "nothing-lost.submits").status()).isEqualTo(Status.PASS);
    }

    @Test
    void counterResetBetweenSamplesIsCountedFromZeroNotSubtracted() throws IOException {
        Verdict verdict = judge(new RunFixture().counterResetAt(300).cacheHitRate(0.9).portalCpu(0.5)
                .noProcessSamples().target("http://10.20.30.40:8080"));

        assertThat(check(verdict, "cache.hit-rate").measuredValue()).isCloseTo(0.9, within(1e-9));
        // The restart's interval loses its growth; no window gains from the drop.
        assertThat(check(verdict, "cpu.peak-60s").measuredValue()).isCloseTo(0.5, within(1e-6));
        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
    }

    @Test
    void missingServerSamplesMakeTheRunInconclusive() throws IOException {
        Verdict verdict = judge(new RunFixture().noScrapes());

        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(check(verdict, "delivery.server-samples").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(check(verdict, "cache.hit-rate").measured()).isEqualTo("not measured");
    }

    @Test
    void tooFewServerSamplesAtFullLoadMakeTheRunInconclusive() throws IOException {
        Verdict verdict = judge(new RunFixture().scrapeEverySeconds(200));

        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(check(verdict, "delivery.server-samples").measuredValue()).isEqualTo(2.0);
    }

    @Test
    void fewerPeakUsersThanExpectedIsInconclusiveNeverAPass() throws IOException {
        Verdict verdict = judge(new RunFixture().peakUsers(800));

        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(check(verdict, "delivery.peak-users").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(verdict.summary()).contains("Peak active candidates was 800, target at least 980");
    }

    @Test
    void fewerRequestsThanExpectedIsInconclusive() throws IOException {
        Verdict verdict = judge(new RunFixture().expectedRequests(100_000));

        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(check(verdict, "delivery.requests").measuredValue()).isEqualTo(60_000.0);
    }

    @Test
    void requestsWithinTheDeliveryToleranceStillCount() throws IOException {
        Verdict verdict = judge(new RunFixture().expectedRequests(62_000));

        assertThat(check(verdict, "delivery.requests").status()).isEqualTo(Status.PASS);
    }

    @Test
    void shortLoadThatStillMissesAThresholdFails() throws IOException {
        Verdict verdict = judge(new RunFixture().peakUsers(800).cacheHitRate(0.5));

        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void saturatedInjectorMakesTheRunInconclusiveEvenWhenThresholdsFail() throws IOException {
        Verdict verdict = judge(new RunFixture().injectorCpu(0.95).fullLoadLatencyMs(400));

        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(check(verdict, "delivery.injector-cpu").measured()).isEqualTo("600 s");
        assertThat(verdict.summary()).contains("Injector CPU saturation").contains("may not be trusted");
    }

    @Test
    void missingLatencyLogIsInconclusive() throws IOException {
        Verdict verdict = judge(new RunFixture().noLatencyLog());

        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(check(verdict, "delivery.client-recording").note()).contains("client/latency.hlog");
    }

    @Test
    void runThatNeverReachedFullLoadIsInconclusiveNotBadInput() throws IOException {
        Verdict verdict = judge(new RunFixture().neverAtFullLoad());

        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(check(verdict, "delivery.client-recording").note()).contains("fullLoad");
        assertThat(check(verdict, "cache.hit-rate").status()).isEqualTo(Status.INCONCLUSIVE);
    }

    @Test
    void runWithZeroRequestsIsInconclusiveWithoutDividingByZero() throws IOException {
        Verdict verdict = judge(new RunFixture().idle());

        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(check(verdict, "latency.p95").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(check(verdict, "errors.failed-share").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(check(verdict, "statements.mean").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(verdict.checks()).allSatisfy(c -> {
            if (c.measuredValue() != null) {
                assertThat(c.measuredValue()).isFinite();
            }
        });
    }

    @Test
    void p95TwentyFivePercentWorseThanBaselineFailsATwentyPercentBudget() throws IOException {
        Verdict verdict = judge(new RunFixture().latencyMs(125), baseline(100));

        Check regression = check(verdict, "regression.p95");
        assertThat(regression.status()).isEqualTo(Status.FAIL);
        assertThat(regression.measuredValue()).isCloseTo(0.25, within(0.01));
        assertThat(regression.measured()).startsWith("+25.");
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void p95TenPercentWorseThanBaselinePasses() throws IOException {
        Check regression = check(judge(new RunFixture().latencyMs(110), baseline(100)), "regression.p95");

        assertThat(regression.status()).isEqualTo(Status.PASS);
    }

    @Test
    void noBaselineIsANoteNotAFailure() throws IOException {
        Verdict verdict = judge(new RunFixture());

        Check regression = check(verdict, "regression.p95");
        assertThat(regression.status()).isEqualTo(Status.NOTE);
        assertThat(regression.measured()).isEqualTo("no baseline");
        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
    }

    @Test
    void gatlingDisagreeingWithTheRecorderIsSaidOutLoud() throws IOException {
        Verdict verdict = judge(new RunFixture().gatlingConsole("""
                ================================================================================
                Global: 95th percentile of response time is less than 300 : false (actual : 412)
                Global: count of failed events is 0 : true (actual : 0)
                """));

        Check p95 = check(verdict, "latency.p95");
        assertThat(p95.status()).isEqualTo(Status.PASS);
        assertThat(p95.gatling()).isEqualTo("fail (actual 412)");
        assertThat(p95.note()).contains("Gatling disagrees").contains("whole run");
        assertThat(check(verdict, "errors.failed-requests").gatling()).isEqualTo("pass (actual 0)");
        assertThat(check(verdict, "errors.failed-requests").note()).isNull();
    }

    @Test
    void gatlingEndpointAssertionIsMatchedByRequestName() throws IOException {
        Verdict verdict = judge(new RunFixture().gatlingConsole(
                ANSWERS + ": 95th percentile of response time is less than 150 : true (actual : 121)\n"));

        assertThat(check(verdict, "latency.p95." + ANSWERS).gatling()).isEqualTo("pass (actual 121)");
    }

    private Verdict judge(RunFixture fixture) throws IOException {
        return judge(fixture, Optional.empty());
    }

    private Verdict judge(RunFixture fixture, Optional<Baseline> baseline) throws IOException {
        Path dir = fixture.writeIn(reports);
        return Gate.judge(RunFolder.read(dir), thresholds, baseline, reports.resolve("baselines/peak.json"), CLOCK);
    }

    private static Optional<Baseline> baseline(double fullLoadP95) {
        return Optional.of(new Baseline("peak", "peak-20261101-090000", Instant.parse("2026-11-01T09:00:00Z"),
                Instant.parse("2026-11-01T10:00:00Z"), Map.of("full-load", fullLoadP95, "whole-run", fullLoadP95), 60_000, 1000));
    }

    private static Check check(Verdict verdict, String id) {
        return verdict.checks().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + verdict.checks()));
    }
}
