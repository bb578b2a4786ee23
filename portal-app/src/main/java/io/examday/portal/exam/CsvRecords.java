package io.examday.portal.exam;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records, each with the line it starts on: a quoted field may hold commas, doubled quotes and line
 * breaks, which is how spreadsheets export prompts. Fields are trimmed; blank lines are skipped.
 */
final class CsvRecords {

    record Row(int line, List<String> fields) {
    }

    static final class Malformed extends Exception {
        private final int line;

        Malformed(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvRecords() {
    }

    static List<Row> read(String text) throws Malformed {
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
}
