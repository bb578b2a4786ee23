package io.examday.harness.gate;

import static io.examday.harness.run.RunFixture.ANSWERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.run.RunFixture;
import io.examday.harness.run.RunFolder;
import io.examday.harness.threshold.TestThresholds;
import io.examday.harness.threshold.Thresholds;
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
    void portalCpuAboveLimitFailsFromTheCpuTimeCounter() throws IOException {
        Check cpu = check(judge(new RunFixture().portalCpu(0.90)), "portal-cpu");

        assertThat(cpu.status()).isEqualTo(Status.FAIL);
        assertThat(cpu.measuredValue()).isCloseTo(0.90, within(1e-6));
        assertThat(cpu.note()).contains("percentage points over");
    }

    @Test
    void portalCpuFallsBackToTheUsageGaugeAndSaysSo() throws IOException {
        Check cpu = check(judge(new RunFixture().noCpuCounter().portalCpu(0.5)), "portal-cpu");

        assertThat(cpu.status()).isEqualTo(Status.PASS);
        assertThat(cpu.measuredValue()).isCloseTo(0.5, within(1e-9));
        assertThat(cpu.note()).contains("process_cpu_usage");
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
        Verdict verdict = judge(new RunFixture().counterResetAt(300).cacheHitRate(0.9).portalCpu(0.5));

        assertThat(check(verdict, "cache.hit-rate").measuredValue()).isCloseTo(0.9, within(1e-9));
        // One five-second interval is lost at the restart: 350 of 355 seconds of CPU time are seen.
        assertThat(check(verdict, "portal-cpu").measuredValue()).isCloseTo(0.5 * 350 / 355, within(1e-6));
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
    void aStarvedInjectorsLateRequestsMakeTheRunInconclusiveOnScheduleLag() throws IOException {
        // Starved on shared cores, the injector's own CPU share stays low: only its lateness shows.
        Verdict verdict = judge(new RunFixture().lagMs(450).injectorCpu(0.05));

        Check lag = check(verdict, "delivery.schedule-lag");
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(lag.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(lag.role()).isEqualTo(Role.MEASUREMENT);
        assertThat(lag.measuredValue()).isCloseTo(450, within(1.0));
        assertThat(lag.limitValue()).isEqualTo(100.0);
        assertThat(lag.note()).contains("machine CPU mean 35%");
        assertThat(check(verdict, "delivery.injector-cpu").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "delivery.injector-cpu").note()).contains("secondary");
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
