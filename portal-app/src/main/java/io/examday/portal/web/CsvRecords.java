package io.examday.portal.web;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records, each with the line it starts on: a quoted field may hold commas, doubled quotes and line
 * breaks, which is how spreadsheets export prompts and names. A leading byte order mark (as spreadsheets write UTF-8)
 * is dropped, fields are trimmed and blank lines are skipped. The one CSV reader of every upload (questions,
 * candidates, enrolments).
 */
public final class CsvRecords {

    public record Row(int line, List<String> fields) {
    }

    public static final class Malformed extends Exception {
        private final int line;

        Malformed(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private CsvRecords() {
    }

    public static List<Row> read(String csv) throws Malformed {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else if (c == '\n') {
                endRow(rows, fields, field, rowStart);
                line++;
                rowStart = line;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (quoted) {
            throw new Malformed(rowStart, "a quoted field is not closed");
        }
        endRow(rows, fields, field, rowStart);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, int line) {
        fields.add(field.toString().trim());
        field.setLength(0);
        boolean blank = fields.size() == 1 && fields.getFirst().isEmpty();
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
        fields.clear();
    }

    /** One field written: RFC 4180 quoting, and a leading formula character defused so a spreadsheet shows text. */
    public static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
