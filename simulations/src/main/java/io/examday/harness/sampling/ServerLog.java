package io.examday.harness.sampling;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the sampler's files under a run's {@code server/}: one JSON object a line, appended and flushed as each
 * sample lands, so a killed sampler leaves every finished line readable.
 */
public final class ServerLog<T> {

    /** {@code server/metrics.jsonl}: one line a scrape of the portal's Prometheus endpoint. */
    public static final ServerLog<ScrapeLine> SCRAPES = new ServerLog<>("metrics.jsonl", ScrapeLine.class, "scrape line");
    /** {@code server/processes.jsonl}: one line a sample of the load machine's CPU by process. */
    public static final ServerLog<ProcessLine> PROCESSES = new ServerLog<>("processes.jsonl", ProcessLine.class, "process line");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String file;
    private final Class<T> type;
    private final String what;

    private ServerLog(String file, Class<T> type, String what) {
        this.file = file;
        this.type = type;
        this.what = what;
    }

    public String file() {
        return file;
    }

    public Path in(Path runDir) {
        return runDir.resolve("server").resolve(file);
    }

    public Appender<T> appendTo(Path runDir) throws IOException {
        Path path = in(runDir);
        Files.createDirectories(path.getParent());
        return new Appender<>(Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    /** Every complete line; a torn last line (the sampler killed mid-write) is left out. Empty without the file. */
    public List<T> read(Path runDir) {
        Path path = in(runDir);
        if (!Files.exists(path)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        List<T> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                read.add(JSON.readValue(lines.get(i), type));
            } catch (JacksonException e) {
                if (i < lines.size() - 1) {
                    throw new IllegalArgumentException(path + ":" + (i + 1) + ": not a " + what + ": " + e.getOriginalMessage(), e);
                }
            }
        }
        return List.copyOf(read);
    }

    /** Appends lines to an open log. */
    public static final class Appender<T> implements Closeable {

        private final BufferedWriter out;

        private Appender(BufferedWriter out) {
            this.out = out;
        }

        public synchronized void write(T line) throws IOException {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
            out.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            out.close();
        }
    }
}
