package io.examday.harness.gate;

import static io.examday.harness.run.RunFixture.ANSWERS;
import static io.examday.harness.run.RunFixture.PAGES;
import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.baseline.Baselines;
import io.examday.harness.run.RunFixture;
import io.examday.harness.run.RunFolder;
import io.examday.harness.threshold.TestThresholds;
import io.examday.harness.threshold.ThresholdFile;
import io.examday.harness.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test thresholds allow 20 % + 5 ms on p95, 30 % + 1 ms on CPU per request, 5 % + 0.1 on statements. */
class RegressionCheckTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> GLOBAL = List.of("regression.p95", "regression.cpu-per-request", "regression.statements-mean");

    @TempDir
    Path reports;

    private Thresholds thresholds;

    @BeforeEach
    void thresholds() throws IOException {
        thresholds = TestThresholds.load(reports);
    }

    @Test
    void withoutABaselineEveryRegressionFigureReadsNotJudgedInTheTableAndVerdictJson() throws IOException {
        Path dir = new RunFixture().writeIn(reports);
        Verdict verdict = judge(dir, Optional.empty());

        for (String id : GLOBAL) {
            assertThat(check(verdict, id).status()).as(id).isEqualTo(Status.NOTE);
            assertThat(check(verdict, id).measured()).as(id).isEqualTo("not judged: no baseline");
        }
        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
        assertThat(verdict.summary()).endsWith("thresholds were met. Regression not judged: no baseline.");
        assertThat(VerdictTable.render(verdict)).contains("not judged: no baseline");
        VerdictFiles.write(verdict, dir);
        assertThat(Files.readString(dir.resolve("verdict.json"))).contains("\"measured\" : \"not judged: no baseline\"");
    }

    @Test
    void aRunLikeItsBaselinePassesEveryFigureIncludingEachEndpoint() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base"));

        Verdict verdict = judge(new RunFixture().latencyMs(125).writeIn(reports), baseline);

        for (String id : List.of("regression.p95", "regression.p95." + ANSWERS, "regression.p95." + PAGES,
                "regression.cpu-per-request", "regression.statements-mean")) {
            assertThat(check(verdict, id).status()).as(id).isEqualTo(Status.PASS);
        }
        assertThat(check(verdict, "regression.p95").note()).contains("baseline peak-base");
    }

    @Test
    void oneEndpointSlowerThanItsBaselineBeyondTheMarginFailsItsOwnCheck() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base"));

        Verdict verdict = judge(new RunFixture().latencyMs(ANSWERS, 160).writeIn(reports), baseline);

        Check answers = check(verdict, "regression.p95." + ANSWERS);
        assertThat(answers.status()).isEqualTo(Status.FAIL);
        assertThat(answers.measuredValue()).isEqualTo(160.0, within(1.0));
        assertThat(answers.limitValue()).isEqualTo(120 * 1.2 + 5, within(1.0));
        assertThat(answers.measured()).isEqualTo("160 ms (+33%)");
        assertThat(check(verdict, "regression.p95." + PAGES).status()).isEqualTo(Status.PASS);
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void anEndpointWithTooFewRequestsForItsP95ToMeanAnythingIsReportedNotJudged() throws IOException {
        thresholds = ThresholdFile.load(Files.writeString(reports.resolve("few.yaml"),
                TestThresholds.yaml().replace("endpointRequestsAtLeast: 1000", "endpointRequestsAtLeast: 50000")));
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base"));

        Verdict verdict = judge(new RunFixture().latencyMs(ANSWERS, 400).writeIn(reports), baseline);

        Check answers = check(verdict, "regression.p95." + ANSWERS);
        assertThat(answers.status()).isEqualTo(Status.NOTE);
        assertThat(answers.measured()).isEqualTo("not judged: too few requests");
        assertThat(answers.note()).isEqualTo("30,000 requests here, 30,000 in the baseline; a p95 is compared from 50,000");
        assertThat(check(verdict, "regression.p95").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aSmallP95WithinTheFixedAllowanceIsNoRegressionThoughItIsFortyPercentWorse() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base").latencyMs(10));

        Check p95 = check(judge(new RunFixture().latencyMs(14).writeIn(reports), baseline), "regression.p95");

        assertThat(p95.status()).isEqualTo(Status.PASS);
        assertThat(p95.target()).isEqualTo("at most 17 ms (10 ms + 20% + 5 ms)");
    }

    @Test
    void moreCpuPerRequestThanTheBaselineAllowsFailsTheCpuPerRequestCheck() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base").portalCpu(0.5));

        Verdict verdict = judge(new RunFixture().portalCpu(0.7).writeIn(reports), baseline);

        Check cpu = check(verdict, "regression.cpu-per-request");
        assertThat(cpu.status()).isEqualTo(Status.FAIL);
        // 0.7 of 4 cores over 100 requests a second: 28 ms of CPU per request, against 20 ms.
        assertThat(cpu.measuredValue()).isEqualTo(28.0, within(0.01));
        assertThat(check(verdict, "cpu.peak-60s").status()).isEqualTo(Status.PASS);
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void moreStatementsPerRequestThanTheBaselineAllowsFailsTheStatementsCheck() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base").meanStatements(4));

        Verdict verdict = judge(new RunFixture().meanStatements(5).writeIn(reports), baseline);

        assertThat(check(verdict, "regression.statements-mean").status()).isEqualTo(Status.FAIL);
        assertThat(check(verdict, "statements.mean").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aBaselineFromAMachineOfAnotherShapeJudgesNothingAndSaysWhere() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base").machineCores(8));

        Verdict verdict = judge(new RunFixture().latencyMs(400).portalCpu(0.7).writeIn(reports), baseline);

        for (String id : GLOBAL) {
            assertThat(check(verdict, id).status()).as(id).isEqualTo(Status.NOTE);
            assertThat(check(verdict, id).measured()).as(id).isEqualTo("not comparable: baseline from 8 cores, 7 GiB, Linux, Java 25");
        }
        assertThat(verdict.checks()).noneMatch(c -> c.id().startsWith("regression.") && c.status() == Status.FAIL);
    }

    @Test
    void onAMachineSlowerThanTheBaselinesTimingIsNotComparedButStatementsStillAre() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base").meanStatements(4).machineSpeedMs(100));

        Verdict verdict = judge(new RunFixture().latencyMs(400).portalCpu(0.7).meanStatements(5).machineSpeedMs(140)
                .writeIn(reports), baseline);

        for (String id : List.of("regression.p95", "regression.cpu-per-request")) {
            assertThat(check(verdict, id).status()).as(id).isEqualTo(Status.NOTE);
            assertThat(check(verdict, id).measured()).as(id).isEqualTo("not comparable: baseline from a machine of another speed");
            assertThat(check(verdict, id).note()).as(id).contains("140.0 ms").contains("100.0 ms");
        }
        assertThat(check(verdict, "regression.statements-mean").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aMachineWithinTheSpeedToleranceOfTheBaselineIsStillJudgedOnItsTiming() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base").portalCpu(0.5).machineSpeedMs(100));

        Verdict verdict = judge(new RunFixture().portalCpu(0.7).machineSpeedMs(120).writeIn(reports), baseline);

        assertThat(check(verdict, "regression.cpu-per-request").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aMachineThatSlowedDuringTheRunIsNotComparedOnTimingButOnStatements() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base").meanStatements(4).machineSpeedMs(100));

        Verdict verdict = judge(new RunFixture().portalCpu(0.7).meanStatements(5).machineSpeedMs(110)
                .machineSpeedAfterMs(150).writeIn(reports), baseline);

        assertThat(check(verdict, "regression.cpu-per-request").status()).isEqualTo(Status.NOTE);
        assertThat(check(verdict, "regression.cpu-per-request").note())
                .contains("slowed during the run").contains("110.0 ms before").contains("150.0 ms after");
        assertThat(check(verdict, "regression.statements-mean").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aMachineAsFastAfterTheRunAsBeforeIsStillJudgedOnItsTiming() throws IOException {
        Optional<Baseline> baseline = promote(new RunFixture().runId("peak-base").portalCpu(0.5).machineSpeedMs(100));

        Verdict verdict = judge(new RunFixture().portalCpu(0.7).machineSpeedMs(105).machineSpeedAfterMs(115)
                .writeIn(reports), baseline);

        assertThat(check(verdict, "regression.cpu-per-request").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aBaselineFileWrittenBeforeMachineFactsWereKeptStillReadsAndIsNotCompared() throws IOException {
        Path file = Files.createDirectories(reports.resolve("baselines")).resolve("peak.json");
        Files.writeString(file, """
                {"scenario": "peak", "runId": "peak-old", "startedAt": "2026-11-01T09:00:00Z",
                 "promotedAt": "2026-11-01T10:00:00Z", "p95Ms": {"whole-run": 100.0, "full-load": 100.0},
                 "requests": 60000, "peakActiveUsers": 1000}
                """);

        Verdict verdict = judge(new RunFixture().writeIn(reports), Baselines.read(file));

        assertThat(check(verdict, "regression.p95").measured()).isEqualTo("not comparable: baseline from an unrecorded machine");
    }

    @Test
    void aPromotedBaselineKeepsEveryComparedFigureAndTheMachineShape() throws IOException {
        Path dir = new RunFixture().runId("peak-base").writeIn(reports);
        Path file = Baselines.write(Baselines.of(RunFolder.read(dir), CLOCK), reports.resolve("baselines/peak.json"));

        Baseline read = Baselines.read(file).orElseThrow();

        assertThat(read.endpointP95Ms()).containsOnlyKeys(ANSWERS, PAGES);
        assertThat(read.cpuPerRequestMs()).isEqualTo(20.0, within(0.01));
        assertThat(read.statementsMean()).isEqualTo(4.0, within(1e-9));
        assertThat(read.machine().toString()).isEqualTo("2 cores, 7 GiB, Linux, Java 25");
        assertThat(read.machineSpeedMs()).isEqualTo(100.0);
        assertThat(Files.readString(file)).contains("\"cpuPerRequestMs\"").contains("\"machine\"");
    }

    private Optional<Baseline> promote(RunFixture fixture) throws IOException {
        return Optional.of(Baselines.of(RunFolder.read(fixture.writeIn(reports)), CLOCK));
    }

    private Verdict judge(Path dir, Optional<Baseline> baseline) throws IOException {
        return TestGate.judge(reports, dir, thresholds, baseline);
    }

}
