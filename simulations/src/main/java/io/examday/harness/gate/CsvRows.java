package io.examday.harness.gate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One of the "nothing lost" identity files, read a row at a time (gzip when the name ends in .gz): a known header,
 * then rows in strictly ascending order of their leading id columns, which lets two files be merged without
 * holding either. A file out of order or malformed is an {@link IOException} naming the file and line.
 */
final class CsvRows implements AutoCloseable {

    private final Path file;
    private final BufferedReader in;
    private final int keyColumns;
    private final long[] key;
    private String[] fields;
    private long line = 1;

    private CsvRows(Path file, BufferedReader in, int keyColumns) {
        this.file = file;
        this.in = in;
        this.keyColumns = keyColumns;
        this.key = new long[keyColumns];
    }

    static CsvRows open(Path file, String header, int keyColumns) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            InputStream bytes = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            var rows = new CsvRows(file, new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16), keyColumns);
            String first = rows.in.readLine();
            if (!header.equals(first)) {
                rows.close();
                throw new IOException(file + ":1: expected the header '" + header + "', found '" + first + "'");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Moves to the next row; false at the end. */
    boolean next() throws IOException {
        String row = in.readLine();
        line++;
        if (row == null) {
            fields = null;
            return false;
        }
        fields = row.split(",", -1);
        if (fields.length < keyColumns) {
            throw bad("expected at least " + keyColumns + " fields");
        }
        int order = 0;
        for (int i = 0; i < keyColumns; i++) {
            long value = number(i);
            if (order == 0 && line > 2) {
                order = Long.compare(value, key[i]);
            }
            key[i] = value;
        }
        if (line > 2 && order <= 0) {
            throw bad("rows are not in ascending id order");
        }
        return true;
    }

    long number(int column) throws IOException {
        try {
            return Long.parseLong(text(column));
        } catch (NumberFormatException e) {
            throw bad("field " + (column + 1) + " is not a whole number");
        }
    }

    String text(int column) throws IOException {
        if (column >= fields.length) {
            throw bad("expected field " + (column + 1));
        }
        return fields[column];
    }

    private IOException bad(String what) {
        return new IOException(file + ":" + line + ": " + what);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
