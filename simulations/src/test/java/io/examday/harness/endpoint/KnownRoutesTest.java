package io.examday.harness.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.threshold.ThresholdFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KnownRoutesTest {

    private static final Path ENDPOINT_SOURCES = Path.of("src/test/java/io/examday/harness/endpoint");

    @Test
    void everyEndpointClassCountsItsRoutesAsKnown() throws IOException, ClassNotFoundException {
        List<String> classes;
        try (Stream<Path> files = Files.list(ENDPOINT_SOURCES)) {
            classes = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith("Routes.java") && !n.equals("KnownRoutes.java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .toList();
        }
        assertThat(classes).hasSizeGreaterThanOrEqualTo(5);
        for (String name : classes) {
            Class<?> endpoint = Class.forName("io.examday.harness.endpoint." + name);
            assertThat(KnownRoutes.of(endpoint)).as(name).isNotEmpty();
            assertThat(KnownRoutes.all()).as(name).containsAll(KnownRoutes.of(endpoint));
        }
    }

    @Test
    void everyReleaseBudgetNamesARouteTheHarnessSends() {
        // A route renamed in the harness but not in the release file would leave its budget judging nothing.
        assertThat(KnownRoutes.all())
                .containsAll(ThresholdFile.load(Path.of("..", "thresholds", "release.yaml")).latency().endpoints().keySet());
    }
}
