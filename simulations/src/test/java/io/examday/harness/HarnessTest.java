package io.examday.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class HarnessTest {

    @TempDir
    Path reports;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Harness harness = new Harness(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void passingRunExitsZeroAndWritesVerdictJunitAndReport() throws IOException {
        Path run = new RunFixture().writeIn(reports);

        int exit = harness.run("gate", "--run", run.toString(), "--thresholds", TestThresholds.write(reports).toString());

        assertThat(exit).isZero();
        assertThat(run.resolve("verdict.json")).exists();
        assertThat(run.resolve("junit.xml")).exists();
        assertThat(run.resolve("index.html")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("PASS: the portal held").contains("Report: " + run.resolve("index.html"));
    }

    @Test
    void failingRunExitsOneAndInconclusiveRunExitsTwo() throws IOException {
        Path thresholds = TestThresholds.write(reports);
        Path failing = new RunFixture().runId("peak-1").cacheHitRate(0.5).writeIn(reports);
        Path inconclusive = new RunFixture().runId("peak-2").noScrapes().writeIn(reports);

        assertThat(harness.run("gate", "--run", failing.toString(), "--thresholds", thresholds.toString())).isEqualTo(1);
        assertThat(harness.run("gate", "--run", inconclusive.toString(), "--thresholds", thresholds.toString())).isEqualTo(2);
    }

    @Test
    void speedPrintsTheMillisecondsThisMachineTookOverTheFixedWork() {
        int exit = harness.run("speed");

        assertThat(exit).isZero();
        assertThat(Double.parseDouble(out.toString(StandardCharsets.UTF_8).strip())).isPositive();
    }

    @Test
    void speedAfterARunIsKeptInItsRunJsonBesideTheSpeedBefore() throws IOException {
        Path run = new RunFixture().machineSpeedMs(100).writeIn(reports);

        assertThat(harness.run("speed", "--after-run", run.toString())).isZero();

        double printed = Double.parseDouble(out.toString(StandardCharsets.UTF_8).strip());
        var machine = JsonMapper.builder().build().readTree(run.resolve("run.json").toFile()).path("machine");
        assertThat(machine.path("speedAfterMs").asDouble()).isEqualTo(printed);
        assertThat(machine.path("speedMs").asDouble()).isEqualTo(100.0);
    }

    @Test
    void profileOfARunWithoutAFlightRecordingIsBadInput() throws IOException {
        Path run = new RunFixture().writeIn(reports);

        assertThat(harness.run("profile", "--run", run.toString())).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no flight recording at");
    }

    @Test
    void badThresholdFileExitsThreeNamingFileAndLine() throws IOException {
        Path run = new RunFixture().writeIn(reports);
        Path bad = Files.writeString(reports.resolve("bad.yaml"), TestThresholds.yaml().replace("peakBelow: 80%", "peakBelow: 80"));

        int exit = harness.run("gate", "--run", run.toString(), "--thresholds", bad.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(bad + ":").contains("cpu.peakBelow");
        assertThat(run.resolve("verdict.json")).doesNotExist();
    }

    @Test
    void missingRunFolderExitsThree() throws IOException {
        int exit = harness.run("gate", "--run", reports.resolve("nope").toString(),
                "--thresholds", TestThresholds.write(reports).toString());

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no run folder at");
    }

    @Test
    void wrongArgumentsPrintUsageAndExitThree() {
        assertThat(harness.run("gate", "--rnu", "x")).isEqualTo(3);
        assertThat(harness.run("judge")).isEqualTo(3);
        assertThat(harness.run()).isEqualTo(3);
        assertThat(harness.run("sample", "--out", "x", "--interval", "5")).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("unknown option --rnu")
                .contains("unknown command judge").contains("--interval");
    }

    @Test
    void onlyAPassingRunBecomesTheBaselineWhichLaterGatesCompareWith() throws IOException {
        Path thresholds = TestThresholds.write(reports);
        Path failing = new RunFixture().runId("peak-1").cacheHitRate(0.5).writeIn(reports);
        harness.run("gate", "--run", failing.toString(), "--thresholds", thresholds.toString());
        assertThat(harness.run("baseline", "--run", failing.toString())).isEqualTo(3);

        Path passing = new RunFixture().runId("peak-2").latencyMs(100).writeIn(reports);
        harness.run("gate", "--run", passing.toString(), "--thresholds", thresholds.toString());
        assertThat(harness.run("baseline", "--run", passing.toString())).isZero();
        assertThat(reports.resolve("baselines/peak.json")).exists();

        Path slower = new RunFixture().runId("peak-3").latencyMs(130).writeIn(reports);
        assertThat(harness.run("gate", "--run", slower.toString(), "--thresholds", thresholds.toString())).isEqualTo(1);
        assertThat(Files.readString(slower.resolve("verdict.json"))).contains("\"id\" : \"regression.p95\"")
                .contains("baseline peak-2");
    }

    @Test
    void aProfiledRunCannotBecomeTheBaseline() throws IOException {
        Path thresholds = TestThresholds.write(reports);
        Path profiled = new RunFixture().runId("profiled-1").latencyMs(100).writeIn(reports);
        assertThat(harness.run("gate", "--run", profiled.toString(), "--thresholds", thresholds.toString())).isZero();
        Files.createDirectories(profiled.resolve("server"));
        Files.write(profiled.resolve("server/portal.jfr"), new byte[] {1});

        assertThat(harness.run("baseline", "--run", profiled.toString())).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("flight recording");
        assertThat(reports.resolve("baselines/profiled.json")).doesNotExist();
    }

    @Test
    void gatlingExitStatusIsWrittenIntoRunJsonForTheGate() throws IOException {
        Path run = new RunFixture().gatlingExit(null).writeIn(reports);

        assertThat(harness.run("gatling-exit", "--run", run.toString(), "--status", "1")).isZero();

        assertThat(Files.readString(run.resolve("run.json"))).contains("\"gatlingExitStatus\" : 1").contains("\"runId\"");
        assertThat(harness.run("gatling-exit", "--run", run.toString(), "--status", "one")).isEqualTo(3);
        assertThat(harness.run("gatling-exit", "--run", reports.resolve("nope").toString(), "--status", "0")).isEqualTo(3);
    }

    @Test
    void reportCommandRendersAJudgedRun() throws IOException {
        Path run = new RunFixture().writeIn(reports);
        harness.run("gate", "--run", run.toString(), "--thresholds", TestThresholds.write(reports).toString());
        Files.delete(run.resolve("index.html"));

        assertThat(harness.run("report", "--run", run.toString())).isZero();
        assertThat(Files.readString(run.resolve("index.html"))).contains("PASS: the portal held");
    }
}
