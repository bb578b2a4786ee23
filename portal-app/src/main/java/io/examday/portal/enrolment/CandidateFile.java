package io.examday.portal.enrolment;

import io.examday.portal.web.CsvRecords;
import io.examday.portal.web.StorableText;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The candidates of an import as read from CSV ({@code username,displayName,email[,extraTimeSeconds]}, one a line,
 * an optional header, quoted fields as spreadsheets write them), with every error found, each with its line and field.
 */
record CandidateFile(List<NewCandidate> candidates, List<EnrolmentError> errors) {

    static final String COLUMNS = "username,displayName,email[,extraTimeSeconds]";
    // Usernames go into addresses and letters as they are: letters, digits and . _ - @ + only. The first is a letter
    // or digit, as a spreadsheet takes a leading = + - @ for a formula and the letters' CSV would have to defuse it,
    // printing a username the candidate could not sign in with.
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 254;

    /**
     * An uploaded file, which must be UTF-8: decoding leniently would print a Windows-1252 export's "Müller" as
     * "M?ller" on the letter, and store it so. A file that is not is refused with the line of its first bad byte.
     */
    static CandidateFile read(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes == null ? new byte[0] : bytes);
        var out = CharBuffer.allocate(in.remaining());
        if (decoder.decode(in, out, true).isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            var file = new CandidateFile(new ArrayList<>(), new ArrayList<>());
            file.errors.add(new EnrolmentError(line, "file", "is not UTF-8 text: save it as \"CSV UTF-8\""));
            return file;
        }
        decoder.flush(out);
        return read(out.flip().toString());
    }

    static CandidateFile read(String text) {
        var file = new CandidateFile(new ArrayList<>(), new ArrayList<>());
        List<CsvRecords.Row> rows;
        try {
            rows = CsvRecords.read(text);
        } catch (CsvRecords.Malformed e) {
            file.errors.add(new EnrolmentError(e.line(), "line", e.getMessage()));
            return file;
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRecords.Row row : rows) {
            List<String> fields = row.fields();
            if (row.line() == 1 && fields.getFirst().equalsIgnoreCase("username")) {
                continue;
            }
            if (fields.size() < 3 || fields.size() > 4) {
                file.errors.add(new EnrolmentError(row.line(), "line", "expected " + COLUMNS + ", found "
                        + fields.size() + (fields.size() == 1 ? " field" : " fields")));
                continue;
            }
            file.add(row.line(), fields, firstLine);
        }
        return file;
    }

    boolean isEmpty() {
        return candidates.isEmpty() && errors.isEmpty();
    }

    private void add(int line, List<String> fields, Map<String, Integer> firstLine) {
        int before = errors.size();
        String username = fields.get(0);
        String name = fields.get(1);
        String email = fields.get(2);
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new EnrolmentError(line, "username", "must be 1 to 100 letters, digits or . _ - @ +, the first a letter or digit"));
        } else if (firstLine.putIfAbsent(username.toLowerCase(), line) != null) {
            errors.add(new EnrolmentError(line, "username", username + " is also on line " + firstLine.get(username.toLowerCase())));
        }
        if (name.isBlank() || name.length() > MAX_NAME) {
            errors.add(new EnrolmentError(line, "displayName", "must be 1 to " + MAX_NAME + " characters"));
        } else if (!StorableText.holds(name)) {
            errors.add(new EnrolmentError(line, "displayName", StorableText.RULE));
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.add(new EnrolmentError(line, "email", "is not an email address"));
        }
        Integer extra = fields.size() == 4 && !fields.get(3).isBlank() ? extraTime(line, fields.get(3)) : null;
        if (errors.size() == before) {
            candidates.add(new NewCandidate(line, username, name, email, extra));
        }
    }

    private Integer extraTime(int line, String text) {
        try {
            int seconds = Integer.parseInt(text);
            if (seconds >= 0 && seconds <= EnrolmentList.MAX_EXTRA_TIME_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(new EnrolmentError(line, "extraTimeSeconds",
                "must be a whole number of seconds from 0 to " + EnrolmentList.MAX_EXTRA_TIME_SECONDS));
        return null;
    }
}
