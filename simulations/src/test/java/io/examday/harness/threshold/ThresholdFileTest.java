package io.examday.harness.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdFileTest {

    private static final Path SHIPPED = Path.of("..", "thresholds");

    @TempDir
    Path dir;

    @Test
    void everyShippedThresholdFileLoads() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SHIPPED)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(ThresholdFile.load(file).name()).as(file.toString()).isNotBlank();
        }
    }

    @Test
    void releaseFileCarriesThePlansSuccessCriteria() {
        Thresholds release = ThresholdFile.load(SHIPPED.resolve("release.yaml"));

        assertThat(release.latency().p95Below()).isEqualTo(new Millis(300));
        assertThat(release.statements().fewerThan()).isEqualTo(10);
        assertThat(release.cache().hitRateAbove().fraction()).isEqualTo(0.85);
        assertThat(release.cpu().peakBelow().fraction()).isEqualTo(0.80);
        assertThat(release.cpu().rollingWindow().millis()).isEqualTo(60_000);
        assertThat(release.statements().window()).isEqualTo(Window.WHOLE_RUN);
        assertThat(release.errors().failedRequestsAtMost()).isZero();
        assertThat(release.nothingLost()).isTrue();
        assertThat(release.regression().p95WorseAtMost().fraction()).isEqualTo(0.20);
        assertThat(release.latency().endpoints()).containsKey("PUT /api/attempts/{attemptId}/answers/{questionId}");
    }

    @Test
    void unknownFieldIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("  hitRateAbove: 85%", "  hitRateAbove: 85%\n  hitRateAbvoe: 90%"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .isInstanceOf(ThresholdFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(":" + lineOf(file, "hitRateAbvoe") + ":")
                .hasMessageContaining("cache.hitRateAbvoe");
    }

    @Test
    void durationWithoutUnitIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("p95Below: 300ms", "p95Below: 300"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":" + lineOf(file, "p95Below") + ":")
                .hasMessageContaining("latency.p95Below");
    }

    @Test
    void percentageWrittenAsFractionIsRefusedWithTheReason() throws IOException {
        Path file = write(TestThresholds.yaml().replace("hitRateAbove: 85%", "hitRateAbove: 0.85"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(":" + lineOf(file, "hitRateAbove") + ":")
                .hasMessageContaining("cache.hitRateAbove");
    }

    @Test
    void badUnitIsRefusedNamingTheValue() throws IOException {
        Path file = write(TestThresholds.yaml().replace("p95Below: 300ms", "p95Below: 300 msec"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining("latency.p95Below")
                .hasMessageContaining("'300 msec' is not a duration");
    }

    @Test
    void wrongTypeIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("failedRequestsAtMost: 0", "failedRequestsAtMost: none"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(":" + lineOf(file, "failedRequestsAtMost") + ":")
                .hasMessageContaining("errors.failedRequestsAtMost");
    }

    @Test
    void unknownWindowIsRefusedNamingTheChoices() throws IOException {
        Path file = write(TestThresholds.yaml().replace("window: full-load\n  hitRateAbove", "window: peak\n  hitRateAbove"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining("cache.window")
                .hasMessageContaining("'whole-run' or 'full-load'");
    }

    @Test
    void missingSectionIsRefusedNamingIt() throws IOException {
        Path file = write(TestThresholds.yaml().replaceAll("(?s)regression:.*", ""));

        assertThatThrownBy(() -> ThresholdFile.load(file)).hasMessageContaining("regression");
    }

    @Test
    void statementLimitOffTheHistogramBucketsIsRefused() throws IOException {
        Path file = write(TestThresholds.yaml().replace("fewerThan: 10", "fewerThan: 13"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining("statements")
                .hasMessageContaining("bucket");
    }

    @Test
    void cpuWindowTooShortToAverageIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("rollingWindow: 60s", "rollingWindow: 4s"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":" + lineOf(file, "rollingWindow") + ":")
                .hasMessageContaining("field 'cpu.rollingWindow'")
                .hasMessageContaining("shorter than 10s");
    }

    @Test
    void missingFileIsRefusedNamingIt() {
        Path file = dir.resolve("absent.yaml");

        assertThatThrownBy(() -> ThresholdFile.load(file)).hasMessageContaining(file.toString());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("gate.yaml"), yaml);
    }

    private static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }
}
