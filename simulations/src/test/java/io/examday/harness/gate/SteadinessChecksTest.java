package io.examday.harness.gate;

import static io.examday.harness.gate.TestGate.check;
import static io.examday.harness.run.RunFixture.ANSWERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import io.examday.harness.threshold.ThresholdFile;
import io.examday.harness.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last third of the exam against its first: what the portal keeps, what it holds open and how fast it answers. */
class SteadinessChecksTest {

    private static final Map<String, String> LONG_LIVED = Map.of("area", "heap", "pool", "long-lived");
    private static final Map<String, String> OLD_GENERATION = Map.of("area", "heap", "id", "ZGC Old Generation");
    private static final double FOUR_GIB = 4.0 * 1024 * 1024 * 1024;
    private static final List<String> GAUGES = List.of("steadiness.heap-retained", "steadiness.open-files",
            "steadiness.threads", "steadiness.pool-active");

    @TempDir
    Path reports;

    @Test
    void aPortalHoldingSteadyThroughALongExamPasses() throws IOException {
        Verdict verdict = judgeLongExam(steady());

        for (String id : GAUGES) {
            assertThat(check(verdict, id).status()).as(id).isEqualTo(Status.PASS);
        }
        assertThat(check(verdict, "steadiness.p95").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "steadiness.heap-retained").measuredValue()).isCloseTo(204.8, within(0.5));
    }

    @Test
    void heapThatKeepsGrowingAfterCollectionFailsOnHeapRetained() throws IOException {
        Verdict verdict = judgeLongExam(steady().gauge("jvm_memory_usage_after_gc", LONG_LIVED, 0.05, 0.15));

        Check heap = check(verdict, "steadiness.heap-retained");
        assertThat(heap.status()).isEqualTo(Status.FAIL);
        // The last third's median scrape is 297.5 s into the 360-s exam: 0.05 + 0.10 * 297.5 / 360 of 4,096 MiB.
        assertThat(heap.measuredValue()).isCloseTo((0.05 + 0.10 * 297.5 / 360) * 4096, within(0.5));
        assertThat(check(verdict, "steadiness.open-files").status()).isEqualTo(Status.PASS);
    }

    @Test
    void socketsThatAreNeverClosedFailOnOpenFiles() throws IOException {
        Verdict verdict = judgeLongExam(steady().gauge("process_files_open_files", Map.of(), 500, 900));

        Check files = check(verdict, "steadiness.open-files");
        assertThat(files.status()).isEqualTo(Status.FAIL);
        assertThat(files.note()).contains("median 564 in the first third, 831 in the last");
        assertThat(check(verdict, "steadiness.heap-retained").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aRouteThatSlowsThroughTheExamFailsOnItsP95() throws IOException {
        Verdict verdict = judgeLongExam(steady().stall(ANSWERS, 400, 480, 200));

        Check p95 = check(verdict, "steadiness.p95");
        assertThat(p95.status()).isEqualTo(Status.FAIL);
        assertThat(p95.measuredValue()).isCloseTo(200, within(1.0));
        assertThat(p95.note()).contains("closest to its margin: " + ANSWERS + ";");
    }

    @Test
    void aShortExamIsReportedNotJudged() throws IOException {
        Verdict verdict = TestGate.judge(reports, steady().gauge("process_files_open_files", Map.of(), 500, 900)
                .writeIn(reports), TestThresholds.load(reports));

        Check files = check(verdict, "steadiness.open-files");
        assertThat(files.status()).isEqualTo(Status.NOTE);
        assertThat(files.note()).isEqualTo("the exam phase lasted 6 min, under the 60 min a slow leak needs to show");
    }

    @Test
    void aGaugeThePortalDoesNotExposeIsNotMeasuredRatherThanPassed() throws IOException {
        Verdict verdict = judgeLongExam(new RunFixture());

        Check threads = check(verdict, "steadiness.threads");
        assertThat(threads.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(threads.note()).startsWith("no scrape of the first third carried it");
    }

    /** Every gauge level, the heap at 5 % of 4 GiB after collection. */
    private static RunFixture steady() {
        return new RunFixture()
                .gauge("jvm_memory_usage_after_gc", LONG_LIVED, 0.05, 0.05)
                .gauge("jvm_memory_max_bytes", OLD_GENERATION, FOUR_GIB, FOUR_GIB)
                .gauge("process_files_open_files", Map.of(), 500, 500)
                .gauge("jvm_threads_live_threads", Map.of(), 40, 40)
                .gauge("hikaricp_connections_active", Map.of("pool", "examday"), 6, 6);
    }

    /** The test file with an exam of six minutes long enough to judge. */
    private Verdict judgeLongExam(RunFixture fixture) throws IOException {
        Thresholds thresholds = ThresholdFile.load(Files.writeString(reports.resolve("long-exam.yaml"),
                TestThresholds.yaml().replace("examAtLeast: 60m", "examAtLeast: 5m")));
        return TestGate.judge(reports, fixture.writeIn(reports), thresholds);
    }
}
