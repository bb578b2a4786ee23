package io.examday.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.simulation.support.ProjectPaths;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands a pipeline runs, run as a pipeline runs them: a shell with whatever java comes first on PATH (on
 * this machine Java 17, which cannot load the harness). Their exit status must be the verdict.
 */
class PipelineExitStatusTest {

    private static final Path ROOT = new ProjectPaths(Path.of("")).root();

    @TempDir
    Path reports;

    private Path thresholds;

    @BeforeEach
    void thresholds() throws IOException {
        thresholds = Files.writeString(reports.resolve("test-thresholds.yaml"), TestThresholds.yaml());
    }

    @Test
    void gateExitsWithTheVerdictOfEachRecordedRun() throws Exception {
        assertThat(gate(new RunFixture().runId("clean").writeIn(reports)).status()).isZero();
        assertThat(gate(new RunFixture().runId("slow").fullLoadLatencyMs(400).writeIn(reports)).status()).isEqualTo(1);
        assertThat(gate(new RunFixture().runId("unsampled").noScrapes().writeIn(reports)).status()).isEqualTo(2);
    }

    @Test
    void gateVerdictsLandInVerdictJsonAndJunitAsBefore() throws Exception {
        Path run = new RunFixture().runId("slow").fullLoadLatencyMs(400).writeIn(reports);

        gate(run);

        assertThat(Files.readString(run.resolve("verdict.json"))).contains("\"verdict\" : \"FAIL\"");
        assertThat(Files.readString(run.resolve("junit.xml"))).contains("<failure");
    }

    @Test
    void gateExitsThreeForAMissingRunFolderOrABadThresholdFile() throws Exception {
        assertThat(gate(reports.resolve("no-such-run")).status()).isEqualTo(3);

        Path bad = reports.resolve("bad.yaml");
        Files.writeString(bad, TestThresholds.yaml().replace("p95Below: 300ms", "p95Below: 300"));
        Result result = run(List.of("simulations/bin/gate", new RunFixture().writeIn(reports).toString(), bad.toString()), Map.of());
        assertThat(result.status()).isEqualTo(3);
        assertThat(result.output()).contains("bad.yaml:").contains("p95Below");
    }

    @Test
    void loadRunRefusesABadThresholdFileBeforeItStartsAnything() throws Exception {
        Path bad = reports.resolve("bad.yaml");
        Files.writeString(bad, TestThresholds.yaml().replace("failedShareAtMost: 0%", "failedShareAtMost: none"));

        Result result = run(List.of("simulations/bin/load-run", "smoke"), Map.of("THRESHOLDS", bad.toString()));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.output()).contains("bad.yaml:").contains("failedShareAtMost").doesNotContain("Seeding");
    }

    @Test
    void loadRunExitsThreeForAScenarioThatDoesNotExist() throws Exception {
        Result result = run(List.of("simulations/bin/load-run", "no-such-scenario"), Map.of());

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.output()).contains("No scenario file");
    }

    @Test
    void loadRunOnAnExternalDatabaseWithoutASeedSecretStopsBeforeSeeding() throws Exception {
        // Should the check ever fail, the seed and the portal still find no database on port 1 and stop within a second.
        Result result = run(List.of("simulations/bin/load-run", "teeth"), Map.of(
                "EXAMDAY_DB_URL", "jdbc:postgresql://127.0.0.1:1/none", "EXAMDAY_SEED_SECRET", "", "TARGET", "",
                "PORTAL_START_SECONDS", "1"));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.output()).contains("set EXAMDAY_SEED_SECRET").doesNotContain("Seeding");
    }

    private Result gate(Path runDir) throws Exception {
        return run(List.of("simulations/bin/gate", runDir.toString(), thresholds.toString()), Map.of());
    }

    private record Result(int status, String output) {}

    /** Runs a script from the project root with an older JDK first on PATH and in JAVA_HOME, where one exists. */
    private Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        Optional<Path> older = olderJdk();
        builder.environment().remove("JAVA_HOME");
        older.ifPresent(jdk -> {
            builder.environment().put("JAVA_HOME", jdk.toString());
            builder.environment().put("PATH", jdk.resolve("bin") + ":" + builder.environment().get("PATH"));
        });
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Result(process.exitValue(), output);
    }

    /** A JDK older than 25, as the default java is on this machine; absent elsewhere, which proves less but still runs. */
    private static Optional<Path> olderJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().matches(".*-(8|11|17|21)-.*"))
                    .filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .findFirst();
        }
    }
}
