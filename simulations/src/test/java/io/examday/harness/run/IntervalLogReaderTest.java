package io.examday.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.examday.harness.threshold.Window;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntervalLogReaderTest {

    private static final long START = 1_795_856_400_000L;

    @TempDir
    Path dir;

    @Test
    void requestNamesWithSpacesSurviveAsTags() throws IOException {
        Path file = write(true, "PUT /api/attempts/{attemptId}/answers/{questionId}");

        try (IntervalLogReader reader = new IntervalLogReader(file)) {
            IntervalLogReader.Interval interval = reader.next();
            assertThat(interval.tag()).isEqualTo("PUT /api/attempts/{attemptId}/answers/{questionId}");
            assertThat(interval.startMillis()).isEqualTo(START + 5_000);
            assertThat(interval.histogram().getTotalCount()).isEqualTo(3);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void relativeTimestampsWithoutAStartTimeAreTakenFromTheRunStart() throws IOException {
        Path file = write(false, "GET /x");

        LatencyLog log = LatencyLog.read(file, START, new Span(START + 5_000, START + 6_000), 1000);

        assertThat(log.of(Window.FULL_LOAD, "GET /x")).hasValueSatisfying(h -> assertThat(h.getTotalCount()).isEqualTo(3));
    }

    @Test
    void garbledLineIsRefusedWithItsLineNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.hlog"), "#[BaseTime: 0.000 (seconds since epoch)]\nTag=x,1.0,oops\n");

        try (IntervalLogReader reader = new IntervalLogReader(file)) {
            assertThatThrownBy(reader::next).hasMessageContaining("bad.hlog:2");
        }
    }

    private Path write(boolean absolute, String tag) throws IOException {
        Path file = dir.resolve("latency.hlog");
        try (PrintStream out = new PrintStream(Files.newOutputStream(file))) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            if (absolute) {
                writer.outputStartTime(START);
                writer.setBaseTime(START);
                writer.outputBaseTime(START);
            }
            writer.outputLegend();
            Histogram h = new Histogram(3);
            h.recordValueWithCount(120_000, 3);
            h.setStartTimeStamp(absolute ? START + 5_000 : 5_000);
            h.setEndTimeStamp(absolute ? START + 6_000 : 6_000);
            h.setTag(tag);
            writer.outputIntervalHistogram(h);
        }
        return file;
    }
}
