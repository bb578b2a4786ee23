package io.examday.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyLogTest {

    private static final long START = 1_795_856_400_000L;
    private static final long MINUTE = 60_000;

    @TempDir
    Path dir;

    private LatencyLog log;

    /** 150 seconds of "GET /a", ten requests a second at 100 ms, 2 s in seconds 60-69; "GET /b" only in the first ten. */
    @BeforeEach
    void log() throws IOException {
        Path file = dir.resolve("latency.hlog");
        try (PrintStream out = new PrintStream(Files.newOutputStream(file))) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputStartTime(START);
            writer.setBaseTime(START);
            writer.outputBaseTime(START);
            for (int s = 0; s < 150; s++) {
                writer.outputIntervalHistogram(interval(s, "GET_/a", s >= 60 && s < 70 ? 2_000_000 : 100_000));
                if (s < 10) {
                    writer.outputIntervalHistogram(interval(s, "GET_/b", 50_000));
                }
            }
        }
        log = LatencyLog.read(file, START, new Span(START, START + 150_000), 1000);
    }

    @Test
    void windowsTileTheSpanFromItsStartAndTheLastEndsWithTheSpan() {
        LatencyWindows windows = log.windows(new Span(START, START + 150_000), MINUTE);

        assertThat(windows.of("GET /a")).extracting(LatencyWindows.Slice::from, LatencyWindows.Slice::to, LatencyWindows.Slice::count)
                .containsExactly(
                        tuple(START, START + MINUTE, 600L),
                        tuple(START + MINUTE, START + 2 * MINUTE, 600L),
                        tuple(START + 2 * MINUTE, START + 150_000, 300L));
        assertThat(windows.of("GET /a").get(1).p95Ms()).isCloseTo(2_000, within(2.0));
        assertThat(windows.of("GET /a").get(0).p95Ms()).isCloseTo(100, within(0.1));
    }

    @Test
    void aNameWithoutRequestsInAWindowHasNoSliceThere() {
        LatencyWindows windows = log.windows(new Span(START, START + 150_000), MINUTE);

        assertThat(windows.of("GET /b")).hasSize(1).first().satisfies(w -> assertThat(w.count()).isEqualTo(100));
        assertThat(windows.all()).hasSize(3).first().satisfies(w -> assertThat(w.count()).isEqualTo(700));
        assertThat(windows.of("GET /none")).isEmpty();
    }

    @Test
    void windowsAlignToTheStartOfTheSpanJudgedAndIgnoreWhatLiesOutside() {
        LatencyWindows windows = log.windows(new Span(START + 30_000, START + 150_000), MINUTE);

        assertThat(windows.all()).extracting(LatencyWindows.Slice::from).containsExactly(START + 30_000, START + 90_000);
        assertThat(windows.all()).extracting(LatencyWindows.Slice::count).containsExactly(600L, 600L);
        assertThat(windows.of("GET /b")).isEmpty();
    }

    private static Histogram interval(int second, String tag, long micros) {
        Histogram h = new Histogram(3);
        h.recordValueWithCount(micros, 10);
        h.setStartTimeStamp(START + second * 1000L);
        h.setEndTimeStamp(START + (second + 1) * 1000L);
        h.setTag(tag);
        return h;
    }
}
