package io.examday.harness.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.examday.harness.gate.Gate;
import io.examday.harness.gate.VerdictFiles;
import io.examday.harness.run.RunFixture;
import io.examday.harness.run.RunFolder;
import io.examday.harness.scenario.Scenario;
import io.examday.harness.scenario.ScenarioFile;
import io.examday.harness.simulation.support.ProjectPaths;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** A search's files as the capacity loop leaves them: the plan, each step's scenario, what each run showed, the page. */
class CapacityRunTest {

    private static final Path SMOKE = new ProjectPaths(Path.of("")).root().resolve("scenarios/smoke.yaml");

    @TempDir
    Path reports;

    @Test
    void eachStepRunsTheSameScenarioWithOnlyItsCohortAndNameChanged() throws IOException {
        Path dir = reports.resolve("capacity-smoke");
        CapacityRun.plan(SMOKE, "300 600", dir);

        CapacityRun.Next next = CapacityRun.next(dir).orElseThrow();

        Scenario original = ScenarioFile.load(SMOKE);
        Scenario step = ScenarioFile.load(next.scenarioFile());
        assertThat(next.candidates()).isEqualTo(300);
        assertThat(step.name()).isEqualTo("smoke-at-300");
        assertThat(step.cohort().candidates()).isEqualTo(300);
        assertThat(step.cohort().exams()).isEqualTo(original.cohort().exams());
        assertThat(step.signIn()).isEqualTo(original.signIn());
        assertThat(step.timeCompression()).isEqualTo(original.timeCompression());
    }

    @ParameterizedTest
    @MethodSource("io.examday.harness.scenario.ShippedScenariosTest#shipped")
    void everyShippedScenarioCanBeSearchedFromAThousandToThirtyThousand(Path scenario) throws IOException {
        for (int candidates : new int[] {1_000, 30_000}) {
            Path step = DerivedScenario.write(scenario, candidates, reports.resolve("steps"));

            assertThat(ScenarioFile.load(step).cohort().candidates()).as(step.getFileName().toString()).isEqualTo(candidates);
        }
    }

    @Test
    void aJudgedStepIsRecordedWithItsVerdictItsFirstBrokenThresholdAndItsFigures() throws IOException {
        Path dir = reports.resolve("capacity-smoke");
        CapacityRun.plan(SMOKE, "300 600", dir);
        Path run = judged(new RunFixture().runId("smoke-at-300").fullLoadLatencyMs(400));

        CapacityStep step = CapacityRun.record(dir, 300, run);

        assertThat(step.verdict()).isEqualTo(CapacityStep.FAIL);
        assertThat(step.firstBroken()).isEqualTo("p95 response time, all requests (latency.p95)");
        assertThat(step.worstWindowP95Ms()).isGreaterThan(300);
        assertThat(step.cpuPerRequestMs()).isPositive();
        assertThat(step.requestsPerSecond()).isCloseTo(100, within(5.0));
        assertThat(CapacityFile.read(dir).steps()).containsExactly(step);
        assertThat(CapacityRun.next(dir)).as("nothing passed: nothing to bisect").isEmpty();
    }

    @Test
    void aStepWhoseRunNeverHappenedIsRecordedAsNotRun() throws IOException {
        Path dir = reports.resolve("capacity-smoke");
        CapacityRun.plan(SMOKE, "300", dir);

        assertThat(CapacityRun.record(dir, 300, reports.resolve("no-such-run")).verdict()).isEqualTo(CapacityStep.NOT_RUN);
    }

    @Test
    void thePageSaysTheAnswerListsEveryStepAndDrawsItsFiguresAgainstTheCohort() throws IOException {
        Path dir = reports.resolve("capacity-smoke");
        CapacityRun.plan(SMOKE, "300 600", dir);
        CapacityRun.record(dir, 300, judged(new RunFixture().runId("smoke-at-300")));
        CapacityRun.record(dir, 600, judged(new RunFixture().runId("smoke-at-600").fullLoadLatencyMs(400)));

        String answer = CapacityRun.report(dir);

        String page = Files.readString(dir.resolve("index.html"));
        assertThat(answer).startsWith("The largest cohort that passed: 300 candidates (smoke-at-300). The first to fail: 600");
        assertThat(page).contains("<p id=\"result\">The largest cohort that passed: 300 candidates")
                .contains("<a href=\"../smoke-at-600/index.html\">")
                .contains("Portal CPU per request (ms)")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
        assertThat(page.split("<circle ", -1)).as("two steps drawn on each of four charts").hasSize(9);
    }

    private Path judged(RunFixture fixture) throws IOException {
        Path run = fixture.writeIn(reports);
        VerdictFiles.write(Gate.judge(RunFolder.read(run), TestThresholds.load(reports), Optional.empty(),
                reports.resolve("baselines/none.json"), Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC)), run);
        return run;
    }
}
