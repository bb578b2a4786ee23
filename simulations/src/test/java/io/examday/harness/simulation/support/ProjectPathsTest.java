package io.examday.harness.simulation.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPathsTest {

    @TempDir
    Path root;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(root.resolve("scenarios"));
        Files.createDirectories(root.resolve("reports"));
        Files.createDirectories(root.resolve("simulations/target"));
        Files.writeString(root.resolve("scenarios/smoke.yaml"), "name: smoke");
    }

    @Test
    void aPathWrittenFromTheModuleWorksWhenMavenRunsInTheRoot() {
        ProjectPaths paths = new ProjectPaths(root);

        assertThat(paths.resolve("../scenarios/smoke.yaml")).isEqualTo(root.resolve("scenarios/smoke.yaml"));
    }

    @Test
    void aPathWrittenFromTheRootWorksWhenMavenRunsInTheModule() {
        ProjectPaths paths = new ProjectPaths(root.resolve("simulations"));

        assertThat(paths.resolve("scenarios/smoke.yaml")).isEqualTo(root.resolve("scenarios/smoke.yaml"));
        assertThat(paths.root()).isEqualTo(root);
    }

    @Test
    void aRunFolderStillToBeMadeGoesWhereItsParentIs() {
        ProjectPaths paths = new ProjectPaths(root.resolve("simulations"));

        assertThat(paths.resolve("reports/smoke-1")).isEqualTo(root.resolve("reports/smoke-1"));
        assertThat(paths.resolve("../reports/smoke-2")).isEqualTo(root.resolve("reports/smoke-2"));
    }

    @Test
    void anAbsolutePathIsTakenAsIs() {
        ProjectPaths paths = new ProjectPaths(root);

        assertThat(paths.resolve("/tmp/run-smoke")).isEqualTo(Path.of("/tmp/run-smoke"));
    }
}
