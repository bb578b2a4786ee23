package io.examday.harness.recording;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code client/timeline.csv}: one row a second of what the injector did and how busy the machine was. */
final class Timeline implements AutoCloseable {

    static final String HEADER = "epochMillis,activeUsers,requests,failures,injectorCpu,systemCpu";

    private final BufferedWriter out;

    Timeline(Path file) throws IOException {
        out = Files.newBufferedWriter(file);
        out.write(HEADER);
        out.newLine();
    }

    void row(long epochMillis, int activeUsers, long requests, long failures, MachineCpu.Sample cpu) throws IOException {
        row(epochMillis, activeUsers, requests, failures, cpu.injector(), cpu.system());
    }

    /** CPU shares of the whole machine; NaN where unknown. */
    void row(long epochMillis, long activeUsers, long requests, long failures, double injectorCpu, double systemCpu)
            throws IOException {
        out.write(String.format(Locale.ROOT, "%d,%d,%d,%d,%.4f,%.4f", epochMillis, activeUsers, requests, failures,
                injectorCpu, systemCpu));
        out.newLine();
    }

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
