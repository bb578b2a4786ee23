package io.examday.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.simulation.support.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Load runs and {@code make run} launch the portal extracted, its libraries plain jars the JDK's own class loader
 * reads, never through Spring Boot's nested-jar launcher (which can deadlock virtual threads on a cold portal).
 * Runs after the reactor packaged the portal, as {@code make test} does.
 */
class PortalJarTest {

    private static final Path ROOT = new ProjectPaths(Path.of("")).root();

    @Test
    void thePortalIsLaunchedFromAnExtractedJarWhoseMainClassIsThePortalItself() throws Exception {
        Path jar = Path.of(portalJar());

        assertThat(jar).isEqualTo(ROOT.resolve("portal-app/target/portal/portal-app.jar"));
        try (var file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Main-Class")).isEqualTo("io.examday.portal.PortalApplication");
            assertThat(manifest.getValue("Class-Path")).contains("lib/spring-boot-");
        }
        try (var libraries = Files.list(jar.resolveSibling("lib"))) {
            assertThat(libraries.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("spring-boot-"));
        }
        assertThat(Files.getLastModifiedTime(jar).toMillis())
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(ROOT.resolve("portal-app/target/portal-app.jar")).toMillis());
        long extractedAt = Files.getLastModifiedTime(jar).toMillis();
        portalJar();
        assertThat(Files.getLastModifiedTime(jar).toMillis()).as("not extracted again while current").isEqualTo(extractedAt);
    }

    private static String portalJar() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ROOT.resolve("simulations/bin/portal-jar").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("simulations/bin/portal-jar (is the portal built?)").isZero();
        return out;
    }
}
