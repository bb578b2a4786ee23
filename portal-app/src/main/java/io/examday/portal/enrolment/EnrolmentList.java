package io.examday.portal.enrolment;

import io.examday.portal.web.CsvRecords;
import io.examday.portal.web.StorableText;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidates of a bulk enrolment as read from JSON or CSV ({@code username[,extraTimeSeconds]}, one a line,
 * an optional {@code username} header), with the errors found while reading.
 */
public record EnrolmentList(List<EnrolmentLine> lines, List<EnrolmentError> errors) {

    static final int MAX_USERNAME = 100;
    static final int MAX_EXTRA_TIME_SECONDS = 24 * 3600;

    public static EnrolmentList fromJson(List<String> usernames) {
        var list = new EnrolmentList(new ArrayList<>(), new ArrayList<>());
        if (usernames != null) {
            for (int i = 0; i < usernames.size(); i++) {
                list.add(i + 1, usernames.get(i), null);
            }
        }
        return list;
    }

    /** Read as every upload is ({@link CsvRecords}): a quoted username may hold a comma. */
    public static EnrolmentList fromCsv(String text) {
        var list = new EnrolmentList(new ArrayList<>(), new ArrayList<>());
        List<CsvRecords.Row> rows;
        try {
            rows = CsvRecords.read(text);
        } catch (CsvRecords.Malformed e) {
            list.errors.add(new EnrolmentError(e.line(), "line", e.getMessage()));
            return list;
        }
        for (CsvRecords.Row row : rows) {
            int line = row.line();
            List<String> fields = row.fields();
            String username = fields.getFirst();
            if (line == 1 && username.equalsIgnoreCase("username")) {
                continue;
            }
            if (fields.size() > 2) {
                list.errors.add(new EnrolmentError(line, "line", "expected username[,extraTimeSeconds]"));
            } else if (fields.size() == 2 && !fields.get(1).isBlank()) {
                Integer seconds = list.extraTime(line, fields.get(1));
                if (seconds != null) {
                    list.add(line, username, seconds);
                }
            } else {
                list.add(line, username, null);
            }
        }
        return list;
    }

    boolean isEmpty() {
        return lines.isEmpty() && errors.isEmpty();
    }

    private void add(int line, String username, Integer extraTimeSeconds) {
        if (username == null || username.isBlank()) {
            errors.add(new EnrolmentError(line, "username", "is blank"));
        } else if (username.length() > MAX_USERNAME) {
            errors.add(new EnrolmentError(line, "username", "is longer than " + MAX_USERNAME + " characters"));
        } else if (!StorableText.holds(username)) {
            errors.add(new EnrolmentError(line, "username", StorableText.RULE));
        } else {
            lines.add(new EnrolmentLine(line, username.trim(), extraTimeSeconds));
        }
    }

    /** The extra time, or null after recording why it is not one. */
    private Integer extraTime(int line, String text) {
        try {
            int seconds = Integer.parseInt(text);
            if (seconds >= 0 && seconds <= MAX_EXTRA_TIME_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(new EnrolmentError(line, "extraTimeSeconds",
                "must be a whole number of seconds from 0 to " + MAX_EXTRA_TIME_SECONDS));
        return null;
    }
}
