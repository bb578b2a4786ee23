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
        assertThat(release.cache().layer()).isEqualTo(CacheLayer.SHARED);
        assertThat(release.cpu().peakBelow().fraction()).isEqualTo(0.80);
        assertThat(release.cpu().rollingWindow().millis()).isEqualTo(60_000);
        assertThat(release.statements().window()).isEqualTo(Window.WHOLE_RUN);
        assertThat(release.errors().failedRequestsAtMost()).isZero();
        assertThat(release.nothingLost()).isTrue();
        assertThat(release.regression().p95WorseAtMost().share().fraction()).isEqualTo(0.40);
        assertThat(release.latency().endpoints()).containsKey("PUT /api/attempts/{attemptId}/answers/{questionId}");
        assertThat(release.latency().window()).isEqualTo(Window.WHOLE_RUN);
        assertThat(release.latency().every()).isEqualTo(new WindowWidth(60_000));
        assertThat(release.latency().minRequestsPerWindow().value()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void windowWidthWithoutUnitIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("every: 60s", "every: 60"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":" + lineOf(file, "every:") + ":")
                .hasMessageContaining("latency.every");
    }

    @Test
    void windowWidthOfPartSecondsIsRefusedBecauseTheLogHoldsWholeSeconds() throws IOException {
        Path file = write(TestThresholds.yaml().replace("every: 60s", "every: 1500ms"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(":" + lineOf(file, "every:") + ":")
                .hasMessageContaining("latency.every")
                .hasMessageContaining("whole number of seconds");
    }

    @Test
    void windowMinimumBelowTwentyIsRefusedBecauseThePercentileWouldBeTheSlowestRequest() throws IOException {
        Path file = write(TestThresholds.yaml().replace("minRequestsPerWindow: 100", "minRequestsPerWindow: 19"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(":" + lineOf(file, "minRequestsPerWindow") + ":")
                .hasMessageContaining("latency.minRequestsPerWindow")
                .hasMessageContaining("single slowest request");
    }

    @Test
    void windowMinimumWrittenAsTextIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("minRequestsPerWindow: 100", "minRequestsPerWindow: many"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(":" + lineOf(file, "minRequestsPerWindow") + ":")
                .hasMessageContaining("latency.minRequestsPerWindow");
    }

    @Test
    void latencyWithoutAWindowWidthIsRefusedNamingTheField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("  every: 60s\n", ""));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining("latency")
                .hasMessageContaining("every");
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
    void aFaultsRecoveryLimitWithoutItsUnitIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml()
                + "faults:\n  windowAfterRecovery: 50s\n  recoveryWithin: 90\n  failedOutsideWindowsAtMost: 0\n");

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":" + lineOf(file, "recoveryWithin") + ":")
                .hasMessageContaining("faults.recoveryWithin");
    }

    @Test
    void aFaultsSectionIsReadAndAbsentFromFilesThatJudgeNoFaults() throws IOException {
        assertThat(ThresholdFile.load(write(TestThresholds.yaml())).chaos()).isEmpty();
        Path chaos = Path.of("").toAbsolutePath().getParent().resolve("thresholds/chaos.yaml");

        Faults faults = ThresholdFile.load(chaos).chaos().orElseThrow();

        assertThat(faults.failedOutsideWindowsAtMost()).isZero();
        assertThat(faults.recoveryWithin().value()).isEqualTo(90_000);
        assertThat(faults.windowAfterRecovery().value()).isEqualTo(50_000);
    }

    @Test
    void zeroDowntimeAllowsNoFailedRequestAndKeepsEveryReleaseBudget() {
        Thresholds release = ThresholdFile.load(SHIPPED.resolve("release.yaml"));
        Thresholds zeroDowntime = ThresholdFile.load(SHIPPED.resolve("zero-downtime.yaml"));

        assertThat(zeroDowntime.errors().failedRequestsAtMost()).isZero();
        assertThat(zeroDowntime.chaos().orElseThrow().failedOutsideWindowsAtMost()).isZero();
        assertThat(zeroDowntime.nothingLost()).isTrue();
        assertThat(zeroDowntime.latency()).isEqualTo(release.latency());
        assertThat(zeroDowntime.afterTheExam()).isEqualTo(release.afterTheExam());
        assertThat(zeroDowntime.statements()).isEqualTo(release.statements());
        assertThat(zeroDowntime.cache()).isEqualTo(release.cache());
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
        Path file = write(TestThresholds.yaml().replace("window: full-load\n  layer: shared", "window: peak\n  layer: shared"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining("cache.window")
                .hasMessageContaining("'whole-run' or 'full-load'");
    }

    @Test
    void unknownCacheLayerIsRefusedWithFileLineFieldAndTheChoices() throws IOException {
        Path file = write(TestThresholds.yaml().replace("layer: shared", "layer: redis"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":" + lineOf(file, "layer: redis") + ":")
                .hasMessageContaining("cache.layer")
                .hasMessageContaining("'local' or 'shared', not 'redis'");
    }

    @Test
    void cacheSectionWithoutALayerIsRefusedNamingTheField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("  layer: shared\n", ""));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":")
                .hasMessageContaining("field 'cache.layer'")
                .hasMessageContaining("Missing required");
    }

    @Test
    void aLookupMinimumBelowOneIsRefused() throws IOException {
        Path file = write(TestThresholds.yaml().replace("lookupsAtLeast: 10", "lookupsAtLeast: 0"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":")
                .hasMessageContaining("cache")
                .hasMessageContaining("lookupsAtLeast must be at least 1");
    }

    @Test
    void aLookupMinimumThatIsNotAWholeNumberIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("lookupsAtLeast: 10", "lookupsAtLeast: 10%"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":" + lineOf(file, "lookupsAtLeast") + ":")
                .hasMessageContaining("cache.lookupsAtLeast");
    }

    @Test
    void missingSectionIsRefusedNamingIt() throws IOException {
        Path file = write(TestThresholds.yaml().replaceAll("(?s)regression:.*?(?=steadiness:)", ""));

        assertThatThrownBy(() -> ThresholdFile.load(file)).hasMessageContaining("regression");
    }

    @Test
    void aSteadinessSpanWithoutItsUnitIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("examAtLeast: 60m", "examAtLeast: 60"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":" + lineOf(file, "examAtLeast") + ":")
                .hasMessageContaining("steadiness.examAtLeast");
    }

    @Test
    void anAbortBelowTheBudgetItselfIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("p95AboveBudgetTimes: 10", "p95AboveBudgetTimes: 0.5"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(file + ":" + lineOf(file, "p95AboveBudgetTimes") + ":")
                .hasMessageContaining("abort.p95AboveBudgetTimes")
                .hasMessageContaining("at least 1, not 0.5");
    }

    @Test
    void statementLimitOffTheHistogramBucketsIsRefused() throws IOException {
        Path file = write(TestThresholds.yaml().replace("fewerThan: 10", "fewerThan: 13"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining("statements")
                .hasMessageContaining("bucket");
    }

    @Test
    void aRegressionMarginWithoutItsUnitIsRefusedWithFileLineAndField() throws IOException {
        Path file = write(TestThresholds.yaml().replace("p95WorseAtMost: {share: 20%, plus: 5ms}", "p95WorseAtMost: {share: 20%, plus: 5}"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining(":" + lineOf(file, "p95WorseAtMost") + ":")
                .hasMessageContaining("regression.p95WorseAtMost.plus");
    }

    @Test
    void anInstrumentMarginMissingItsFixedPartIsRefusedNamingIt() throws IOException {
        Path file = write(TestThresholds.yaml().replace("countsDifferAtMost: {share: 0.1%, plus: 5}", "countsDifferAtMost: {share: 0.1%}"));

        assertThatThrownBy(() -> ThresholdFile.load(file))
                .hasMessageContaining("instruments.countsDifferAtMost")
                .hasMessageContaining("plus");
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
