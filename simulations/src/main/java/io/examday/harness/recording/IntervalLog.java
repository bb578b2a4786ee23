package io.examday.harness.recording;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * An HdrHistogram interval log ({@code client/latency.hlog}, {@code client/lag.hlog}): one interval a second, one
 * histogram per request name per interval in which that request was made, values in microseconds. Timestamps are
 * relative to the BaseTime line, so {@code HistogramLogReader} hands back absolute epoch milliseconds.
 */
final class IntervalLog implements AutoCloseable {

    private final PrintStream out;
    private final HistogramLogWriter writer;

    /** @param comment the log's first line: what its values are */
    IntervalLog(Path file, long startEpochMillis, String comment) throws IOException {
        this.out = new PrintStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), false,
                StandardCharsets.US_ASCII);
        this.writer = new HistogramLogWriter(out);
        writer.outputComment(comment);
        writer.outputLogFormatVersion();
        writer.outputStartTime(startEpochMillis);
        writer.setBaseTime(startEpochMillis);
        writer.outputBaseTime(startEpochMillis);
        writer.outputLegend();
    }

    void write(String requestName, Histogram interval) {
        interval.setTag(RequestTag.of(requestName));
        writer.outputIntervalHistogram(interval);
    }

    void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.close();
    }
}
