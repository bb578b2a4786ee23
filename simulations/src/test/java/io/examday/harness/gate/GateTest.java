package io.examday.harness.gate;

import static io.examday.harness.run.RunFixture.ANSWERS;
import static io.examday.harness.run.RunFixture.PAGES;
import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import io.examday.harness.threshold.ThresholdFile;
import io.examday.harness.threshold.Thresholds;
import io.examday.harness.threshold.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {


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
    void aOneMinuteStallThatTheWholeRunP95HidesFailsNamingItsWindow() throws IOException {
        thresholds = wholeRunThresholds(100);

        Verdict verdict = judge(new RunFixture().stall(ANSWERS, 75, 95, 4_000));

        Check p95 = check(verdict, "latency.p95");
        assertThat(p95.status()).isEqualTo(Status.FAIL);
        assertThat(p95.measuredValue()).isCloseTo(4_000, within(5.0));
        assertThat(p95.target()).isEqualTo("below 300 ms in every 60 s window");
        assertThat(p95.note()).contains("worst 60 s window +1:00 to +2:00 after the start (09:01:00–09:02:00 UTC): 6,000 requests")
                .contains("10 windows judged").contains("whole-run p95 120 ms over 60,000 requests");
        assertThat(p95.windowed().worstFrom()).isEqualTo(RunFixture.START.plusSeconds(60));
        assertThat(p95.windowed().worstTo()).isEqualTo(RunFixture.START.plusSeconds(120));
        assertThat(p95.windowed().whole()).isCloseTo(120, within(0.5));
        Check answers = check(verdict, "latency.p95." + ANSWERS);
        assertThat(answers.status()).isEqualTo(Status.FAIL);
        assertThat(answers.note()).contains("+1:00 to +2:00");
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.figures().p95Ms()).isCloseTo(120, within(0.5));
    }

    @Test
    void theWorstWindowIsKeptInVerdictJsonForTheReportAndPipelines() throws IOException {
        thresholds = wholeRunThresholds(100);
        Verdict verdict = judge(new RunFixture().stall(ANSWERS, 75, 95, 4_000));

        VerdictFiles.write(verdict, reports);

        assertThat(Files.readString(reports.resolve(VerdictFiles.FILE))).contains("\"worstFrom\" : \"2026-11-28T09:01:00Z\"");
        assertThat(check(VerdictFiles.read(reports).orElseThrow(), "latency.p95").windowed())
                .isEqualTo(check(verdict, "latency.p95").windowed());
    }

    @Test
    void aWindowWithTooFewRequestsIsCountedAsSkippedNotJudged() throws IOException {
        thresholds = wholeRunThresholds(100);

        Check answers = check(judge(new RunFixture().sparseFrom(540).stall(ANSWERS, 540, 600, 5_000)), "latency.p95." + ANSWERS);

        assertThat(answers.status()).isEqualTo(Status.PASS);
        assertThat(answers.measuredValue()).isCloseTo(120, within(0.5));
        assertThat(answers.windowed().judged()).isEqualTo(9);
        assertThat(answers.windowed().skipped()).isEqualTo(1);
        assertThat(answers.note()).contains("9 windows judged, 1 skipped (fewer than 100 requests)");
    }

    @Test
    void whenNoWindowHoldsEnoughRequestsTheWholeRunIsJudgedAndTheCheckSaysSo() throws IOException {
        thresholds = wholeRunThresholds(5_000);

        Check answers = check(judge(new RunFixture().latencyMs(200)), "latency.p95." + ANSWERS);

        assertThat(answers.status()).isEqualTo(Status.FAIL);
        assertThat(answers.measuredValue()).isCloseTo(200, within(0.5));
        assertThat(answers.target()).isEqualTo("below 150 ms over the whole run (no 60 s window held enough requests)");
        assertThat(answers.note()).contains("no 60 s window held 5,000 requests (10 windows): judged over the whole run instead");
        assertThat(answers.windowed().judged()).isZero();
        assertThat(answers.windowed().worstFrom()).isNull();
    }

    @Test
    void aBudgetForARouteThisScenarioDoesNotSendIsANote() throws IOException {
        Check lobby = check(judge(new RunFixture()), "latency.p95." + RunFixture.LOBBY);

        assertThat(lobby.status()).isEqualTo(Status.NOTE);
        assertThat(lobby.measured()).isEqualTo("no requests");
        assertThat(lobby.note()).isEqualTo("this scenario does not send it");
    }

    @Test
    void aBudgetForARouteThisScenarioSendsButNeverRecordedIsInconclusive() throws IOException {
        Verdict verdict = judge(new RunFixture().routes(List.of(ANSWERS, PAGES, RunFixture.LOBBY),
                List.of(ANSWERS, PAGES, RunFixture.LOBBY)));

        Check lobby = check(verdict, "latency.p95." + RunFixture.LOBBY);
        assertThat(lobby.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(lobby.note()).contains("journeys send it, but not one was recorded");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void aBudgetNamingARouteNoJourneySendsIsInconclusiveAsPerhapsRenamed() throws IOException {
        Verdict verdict = judge(new RunFixture().routes(List.of(ANSWERS, PAGES), List.of(ANSWERS, PAGES)));

        Check lobby = check(verdict, "latency.p95." + RunFixture.LOBBY);
        assertThat(lobby.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(lobby.note()).contains("no journey sends a request of this name: renamed?");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void anOldRunWithoutRoutesLeavesAnUnrecordedBudgetInconclusiveAndSaysWhy() throws IOException {
        Check lobby = check(judge(new RunFixture().noRoutes()), "latency.p95." + RunFixture.LOBBY);

        assertThat(lobby.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(lobby.note()).contains("run.json lists no routes");
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
        assertThat(cache.note()).startsWith("5.0 percentage points under");
    }

    @Test
    void aRedisLayerThatMissesEveryReadFailsTheCacheCheckWhileTheLocalCopiesHit() throws IOException {
        Verdict verdict = judge(new RunFixture().localCacheHitRate(0.99).cacheHitRate(0.0));

        Check cache = check(verdict, "cache.hit-rate");
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
        assertThat(cache.status()).isEqualTo(Status.FAIL);
        assertThat(cache.name()).isEqualTo("Cache hit rate, shared layer");
        assertThat(cache.measuredValue()).isZero();
        assertThat(cache.note()).contains("shared: 0 hits, 710 misses").contains("not judged: local 99.0% of 35,500 lookups");
    }

    @Test
    void aHealthySharedLayerPassesWithEachLayerAndCacheInItsNote() throws IOException {
        Check cache = check(judge(new RunFixture().localCacheHitRate(0.99).cacheHitRate(0.95)), "cache.hit-rate");

        assertThat(cache.status()).isEqualTo(Status.PASS);
        assertThat(cache.measuredValue()).isCloseTo(0.95, within(1e-9));
        assertThat(cache.note()).isEqualTo("shared: 675 hits, 36 misses (exam-content 95.0%, exam-schedule 95.0%);"
                + " not judged: local 99.0% of 35,500 lookups");
    }

    @Test
    void aSharedLayerWithNoLookupsWhileThePortalServedTrafficIsUnmeasuredNotPassed() throws IOException {
        Verdict verdict = judge(new RunFixture().sharedLookupsPerSecond(0));

        Check cache = check(verdict, "cache.hit-rate");
        assertThat(cache.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(cache.note()).contains("the shared layer counted 0 lookups in the window, fewer than the 10 needed")
                .contains("not judged: local 99.0% of 35,500 lookups");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void tooFewSharedLookupsToJudgeARateAreUnmeasured() throws IOException {
        Check cache = check(judge(new RunFixture().sharedLookupsPerSecond(0.01)), "cache.hit-rate");

        assertThat(cache.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(cache.note()).contains("counted 7 lookups");
    }

    @Test
    void aSharedCacheThatCountsNoMissesIsUnmeasuredNotPerfect() throws IOException {
        Verdict verdict = judge(new RunFixture().cacheHitRate(0.5).cacheFault(RunFixture.CacheFault.SHARED_MISSES_UNCOUNTED));

        Check cache = check(verdict, "cache.hit-rate");
        assertThat(cache.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(cache.note()).contains("exam-content (shared) has no result=\"miss\" series: its misses are not counted");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void storedValuesTheNewBuildCannotReadAreMissesNotHits() throws IOException {
        Check cache = check(judge(new RunFixture().cacheFault(RunFixture.CacheFault.SHARED_VALUES_UNREADABLE)),
                "cache.hit-rate");

        assertThat(cache.status()).isEqualTo(Status.FAIL);
        assertThat(cache.measuredValue()).isLessThan(0.85);
        assertThat(cache.note()).contains("stored values unreadable, counted as misses");
    }

    @Test
    void sharedLookupsWithoutAResultLabelAreUnmeasured() throws IOException {
        Check cache = check(judge(new RunFixture().cacheFault(RunFixture.CacheFault.SHARED_RESULT_UNLABELLED)), "cache.hit-rate");

        assertThat(cache.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(cache.note()).contains("exam-content (shared) counted 355 lookups with no hit/miss result");
    }

    @Test
    void cacheSeriesWithoutALayerLabelCannotStandInForTheJudgedLayer() throws IOException {
        Check cache = check(judge(new RunFixture().cacheFault(RunFixture.CacheFault.NO_LAYER_LABELS)), "cache.hit-rate");

        assertThat(cache.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(cache.note()).contains("no cache_gets_total series with layer=\"shared\"")
                .contains("not judged: no layer label");
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
    void theRoutesOfTheAfterExamAuditAreJudgedFromTheSamplersLastScrape() throws IOException {
        String audit = "GET /api/ops/audit";
        Verdict verdict = judge(new RunFixture().afterTheLoad(audit, 4, 2));

        Check mean = check(verdict, "statements.mean." + audit);
        assertThat(mean.status()).isEqualTo(Status.PASS);
        assertThat(mean.measuredValue()).isCloseTo(2, within(1e-9));
        assertThat(check(verdict, "statements.share-under." + audit).status()).isEqualTo(Status.PASS);
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
    void aSlowResponseTimedByASaturatedInjectorIsInconclusiveNotAFailure() throws IOException {
        Verdict verdict = judge(new RunFixture().injectorCpu(0.95).fullLoadLatencyMs(400));

        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(check(verdict, "delivery.injector-cpu").measured()).isEqualTo("600 s");
        Check p95 = check(verdict, "latency.p95");
        assertThat(p95.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(p95.measuredValue()).isCloseTo(400, within(1.0));
        assertThat(p95.note()).contains("not trusted: delivery.injector-cpu");
        assertThat(verdict.summary()).startsWith("INCONCLUSIVE").contains("Injector CPU saturation");
    }

    @Test
    void whatThePortalCountedItselfStillFailsUnderASaturatedInjector() throws IOException {
        Verdict verdict = judge(new RunFixture().injectorCpu(0.95).cacheHitRate(0.5));

        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
        assertThat(check(verdict, "cache.hit-rate").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aPortalThatDiedMidRunFailsOnItsFailedRequestsWithTheUnmeasuredListed() throws IOException {
        // Dead at minute two: every request after it failed, the sampler got nothing, the load fell short.
        Verdict verdict = judge(new RunFixture().failures(3_000).noScrapes().expectedRequests(100_000));

        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
        assertThat(check(verdict, "errors.failed-requests").status()).isEqualTo(Status.FAIL);
        assertThat(check(verdict, "delivery.server-samples").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(check(verdict, "delivery.requests").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(verdict.summary()).startsWith("FAIL:").contains("Failed requests was 3,000")
                .contains("Not measured or not delivered besides:").contains("Server samples at full load");
    }

    @Test
    void aStarvedInjectorsLateRequestsMakeTheRunInconclusiveOnScheduleLag() throws IOException {
        // Starved on shared cores, the injector's own CPU share stays low: only its lateness shows.
        Verdict verdict = judge(new RunFixture().lagMs(450).injectorCpu(0.05));

        Check lag = check(verdict, "delivery.schedule-lag");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(lag.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(lag.role()).isEqualTo(Role.TIMING);
        assertThat(lag.measuredValue()).isCloseTo(450, within(1.0));
        assertThat(lag.limitValue()).isEqualTo(100.0);
        assertThat(lag.note()).contains("machine CPU mean 35%");
        assertThat(check(verdict, "delivery.injector-cpu").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "delivery.injector-cpu").note()).contains("secondary");
    }

    @Test
    void aSpanInWhichTheWholeMachineStoodStillIsNamedBesideTheScheduleLag() throws IOException {
        Verdict verdict = judge(new RunFixture().lagMs(450).machineStop(300, 312));

        Check lag = check(verdict, "delivery.schedule-lag");
        assertThat(lag.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(lag.note()).contains("the whole machine stood still").contains("12.0 s from 09:05:00 UTC");
    }

    @Test
    void anInjectorThatSkippedSecondsWhileTheSamplerScrapedIsNoMachineStop() throws IOException {
        Verdict verdict = judge(new RunFixture().lagMs(450).injectorStop(300, 312));

        assertThat(check(verdict, "delivery.schedule-lag").note()).doesNotContain("stood still");
    }

    @Test
    void aRunAgainstADatabaseThatDoesNotCommitDurablyIsInconclusiveAndSaysSo() throws IOException {
        Verdict verdict = judge(new RunFixture().synchronousCommit("off"));

        Check durability = check(verdict, "durability.commits");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(durability.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(durability.measured()).isEqualTo("synchronous_commit=off, fsync=on");
        assertThat(durability.note()).startsWith("NOT DURABLE");
    }

    @Test
    void durableCommitsPass() throws IOException {
        Check durability = check(judge(new RunFixture()), "durability.commits");

        assertThat(durability.status()).isEqualTo(Status.PASS);
        assertThat(durability.measured()).isEqualTo("synchronous_commit=on, fsync=on");
    }

    @Test
    void aPortalThatReportsNoDurabilityIsOnlyNoted() throws IOException {
        Verdict unreported = judge(new RunFixture().synchronousCommit(null));

        assertThat(check(unreported, "durability.commits").status()).isEqualTo(Status.NOTE);
        assertThat(unreported.verdict()).isEqualTo(Outcome.PASS);
    }

    @Test
    void anInjectorOnScheduleLeavesAPortalsSlownessToFail() throws IOException {
        Verdict verdict = judge(new RunFixture().lagMs(4).fullLoadLatencyMs(400));

        assertThat(check(verdict, "delivery.schedule-lag").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "delivery.schedule-lag").measuredValue()).isCloseTo(4, within(0.1));
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aRunRecordedWithoutScheduleLagIsUnmeasuredNotTrusted() throws IOException {
        Verdict verdict = judge(new RunFixture().noLagLog());

        Check lag = check(verdict, "delivery.schedule-lag");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(lag.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(lag.measured()).isEqualTo("not measured");
        assertThat(lag.note()).contains("client/lag.hlog");
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
    void gatlingsWholeRunJudgementIsComparedWithOurWholeRunFigureNotTheWorstWindow() throws IOException {
        thresholds = wholeRunThresholds(100);

        Verdict verdict = judge(new RunFixture().stall(ANSWERS, 75, 95, 4_000).gatlingConsole(
                "Global: 95th percentile of response time is less than 300 : true (actual : 121)\n"));

        Check p95 = check(verdict, "latency.p95");
        assertThat(p95.status()).isEqualTo(Status.FAIL);
        assertThat(p95.gatling()).isEqualTo("pass (actual 121)");
        assertThat(p95.note()).doesNotContain("Gatling disagrees");
    }

    @Test
    void gatlingFailingTheWholeRunWhereOurWholeRunFigurePassesIsADisagreement() throws IOException {
        thresholds = wholeRunThresholds(100);

        Verdict verdict = judge(new RunFixture().gatlingConsole(
                "Global: 95th percentile of response time is less than 300 : false (actual : 412)\n"));

        assertThat(check(verdict, "latency.p95").note())
                .contains("Gatling disagrees: it says fail (actual 412), where the recorder's whole-run p95 is 120 ms");
    }

    @Test
    void gatlingEndpointAssertionIsMatchedByRequestName() throws IOException {
        Verdict verdict = judge(new RunFixture().gatlingConsole(
                ANSWERS + ": 95th percentile of response time is less than 150 : true (actual : 121)\n"));

        assertThat(check(verdict, "latency.p95." + ANSWERS).gatling()).isEqualTo("pass (actual 121)");
    }

    /** The test file judged over the whole run, as release.yaml is, with this window minimum. */
    private Thresholds wholeRunThresholds(int minRequestsPerWindow) throws IOException {
        String yaml = TestThresholds.yaml()
                .replace("window: full-load\n  every", "window: whole-run\n  every")
                .replace("minRequestsPerWindow: 100", "minRequestsPerWindow: " + minRequestsPerWindow);
        return ThresholdFile.load(Files.writeString(reports.resolve("whole-run.yaml"), yaml));
    }

    private Verdict judge(RunFixture fixture) throws IOException {
        return TestGate.judge(reports, fixture.writeIn(reports), thresholds);
    }

}
