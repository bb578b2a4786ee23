package io.examday.harness.recording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.zip.GZIPInputStream;

/**
 * Several injectors' acknowledgements ({@code acknowledged-attempts.csv.gz}, {@code acknowledged-answers.csv.gz}) as
 * one file each, every row kept and in the order the judge's id-by-id merge needs: ascending by the numeric key
 * columns. The injectors' candidates are disjoint, so no row meets another with the same key; if one does, the
 * files are not one run's and the merge stops.
 */
final class AcknowledgedMerge {

    private record Line(long[] key, String text, BufferedReader from) {}

    private AcknowledgedMerge() {}

    /**
     * @param keyColumns how many leading columns make a row's key (1 for attempts, 2 for answers)
     * @return rows written
     */
    static long merge(List<Path> inputs, Path output, int keyColumns) throws IOException {
        PriorityQueue<Line> next = new PriorityQueue<>((a, b) -> Arrays.compare(a.key(), b.key()));
        List<BufferedReader> readers = new ArrayList<>();
        String header = null;
        long rows = 0;
        try {
            for (Path input : inputs) {
                BufferedReader reader = gunzip(input);
                readers.add(reader);
                String first = reader.readLine();
                if (first == null) {
                    continue;
                }
                if (header != null && !header.equals(first)) {
                    throw new IllegalArgumentException(input + ": header " + first + ", the others have " + header);
                }
                header = first;
                read(reader, keyColumns, input).ifPresent(next::add);
            }
            try (Writer out = Acknowledged.gzip(output)) {
                out.write((header == null ? "" : header) + "\n");
                long[] previous = null;
                while (!next.isEmpty()) {
                    Line line = next.poll();
                    if (previous != null && Arrays.equals(previous, line.key())) {
                        throw new IllegalArgumentException(output + ": two injectors acknowledged the same row "
                                + line.text() + ": their candidates overlap");
                    }
                    previous = line.key();
                    out.write(line.text() + "\n");
                    rows++;
                    read(line.from(), keyColumns, output).ifPresent(next::add);
                }
            }
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
        }
        return rows;
    }

    private static Optional<Line> read(BufferedReader reader, int keyColumns, Path file) throws IOException {
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            if (text.isBlank()) {
                continue;
            }
            String[] cells = text.split(",", keyColumns + 1);
            long[] key = new long[keyColumns];
            try {
                for (int i = 0; i < keyColumns; i++) {
                    key[i] = Long.parseLong(cells[i].strip());
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(file + ": not a row of ids: " + text, e);
            }
            return Optional.of(new Line(key, text, reader));
        }
        return Optional.empty();
    }

    private static BufferedReader gunzip(Path file) {
        try {
            return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

}
