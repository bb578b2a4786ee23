package io.examday.harness.run;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * Reads an HdrHistogram interval log line by line. A tag runs from {@code Tag=} to the first comma, which the format
 * reserves, so a request name survives whether the recorder wrote its spaces as they are (HdrHistogram's own reader
 * would split on them) or as {@code _} (the recorder's {@code RequestTag}: route templates hold no {@code _}).
 */
final class IntervalLogReader implements Closeable {

    private static final double YEAR_SECONDS = 365.25 * 24 * 3600;

    /** One interval: its absolute start in epoch milliseconds, its tag (null when untagged) and its histogram. */
    record Interval(long startMillis, String tag, Histogram histogram) {}

    private final Path file;
    private final BufferedReader in;
    private int lineNumber;
    private Double startTime;
    private Double baseTime;

    IntervalLogReader(Path file) throws IOException {
        this.file = file;
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** The next interval, or null at the end of the log. */
    Interval next() throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.startsWith("#[StartTime: ")) {
                startTime = seconds(line, "#[StartTime: ");
            } else if (line.startsWith("#[BaseTime: ")) {
                baseTime = seconds(line, "#[BaseTime: ");
            } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("\"")) {
                return interval(line);
            }
        }
        return null;
    }

    private Interval interval(String line) {
        String tag = null;
        String rest = line;
        if (line.startsWith("Tag=")) {
            int comma = line.indexOf(',');
            tag = line.substring(4, comma < 0 ? line.length() : comma).replace('_', ' ');
            rest = comma < 0 ? "" : line.substring(comma + 1);
        }
        String[] fields = rest.split(",");
        if (fields.length < 4) {
            throw bad("expected start,length,max,histogram");
        }
        try {
            double start = Double.parseDouble(fields[0].strip());
            byte[] encoded = Base64.getDecoder().decode(fields[3].strip());
            Histogram h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(encoded), 0);
            return new Interval(Math.round((start + base(start)) * 1000), tag, h);
        } catch (IllegalArgumentException | DataFormatException e) {
            throw bad(e.getMessage());
        }
    }

    /** The log's rule: an explicit BaseTime, else StartTime when the timestamps are plainly relative, else none. */
    private double base(double start) {
        if (baseTime == null) {
            baseTime = startTime != null && start < startTime - YEAR_SECONDS ? startTime : 0.0;
        }
        return baseTime;
    }

    private static double seconds(String line, String prefix) {
        String rest = line.substring(prefix.length()).strip();
        int end = 0;
        while (end < rest.length() && (Character.isDigit(rest.charAt(end)) || rest.charAt(end) == '.')) {
            end++;
        }
        return Double.parseDouble(rest.substring(0, end));
    }

    private IllegalArgumentException bad(String why) {
        return new IllegalArgumentException(file + ":" + lineNumber + ": not an interval line: " + why);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
