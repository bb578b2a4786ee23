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

/** {@code server/processes.jsonl}: one {@link ProcessLine} a line, appended and flushed as each sample lands. */
public final class ProcessLog implements Closeable {

    public static final String FILE = "processes.jsonl";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BufferedWriter out;

    private ProcessLog(BufferedWriter out) {
        this.out = out;
    }

    public static Path in(Path runDir) {
        return runDir.resolve("server").resolve(FILE);
    }

    public static ProcessLog appendTo(Path runDir) throws IOException {
        Path file = in(runDir);
        Files.createDirectories(file.getParent());
        return new ProcessLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    public synchronized void write(ProcessLine line) throws IOException {
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /** Every complete line; a torn last line (the sampler killed mid-write) is left out. Empty without the file. */
    public static List<ProcessLine> read(Path runDir) {
        Path file = in(runDir);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<ProcessLine> samples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                samples.add(JSON.readValue(lines.get(i), ProcessLine.class));
            } catch (JacksonException e) {
                if (i < lines.size() - 1) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a process line: " + e.getOriginalMessage(), e);
                }
            }
        }
        return List.copyOf(samples);
    }
}
