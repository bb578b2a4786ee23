package io.examday.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.simulation.support.ProjectPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The rolling deploy's next build ({@code make rolling-deploy}) is these sources with
 * simulations/deploy/next-build.patch: the patch must keep applying as the code moves, and keep changing the
 * stored forms whose compatibility the run proves.
 */
class NextBuildPatchTest {

    private static final Path ROOT = new ProjectPaths(Path.of("")).root();
    private static final Path PATCH = ROOT.resolve("simulations/deploy/next-build.patch");

    @Test
    void theNextBuildPatchAppliesToTheseSources() throws Exception {
        Process check = new ProcessBuilder("git", "apply", "--check", "-p1", PATCH.toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(check.exitValue()).as("git apply --check %s:%n%s", PATCH, out).isZero();
    }

    @Test
    void theNextBuildAddsAFieldToTheStoredSessionAndToACachedValue() throws Exception {
        String patch = Files.readString(PATCH);

        assertThat(patch).contains("+++ b/portal-app/src/main/java/io/examday/portal/identity/StoredSession.java",
                "+++ b/portal-app/src/main/java/io/examday/portal/exam/ExamSchedule.java");
        assertThat(patch.lines().filter(line -> line.startsWith("+record StoredSession")
                || line.startsWith("+                     Csrf csrf"))).singleElement().asString().contains(", String ");
        assertThat(patch.lines().filter(line -> line.startsWith("+") && line.contains("int questionCount")))
                .singleElement().asString().contains(", String ");
    }
}
