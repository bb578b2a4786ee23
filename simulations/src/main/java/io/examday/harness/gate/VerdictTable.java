package io.examday.harness.gate;

import java.util.ArrayList;
import java.util.List;

/** The verdict as a plain-text table for the console. */
public final class VerdictTable {

    private VerdictTable() {}

    public static String render(Verdict verdict) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"threshold", "window", "target", "measured", "result"});
        for (Check c : verdict.checks()) {
            rows.add(new String[] {c.name(), c.window() == null ? "-" : c.window().word(), c.target(), c.measured(), c.status().name()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 ? "" : "  ").append(i == row.length - 1 ? row[i] : pad(row[i], widths[i]));
            }
            out.append('\n');
            if (r == 0) {
                out.append("-".repeat(widths[0] + widths[1] + widths[2] + widths[3] + widths[4] + 8)).append('\n');
            }
        }
        // Notes for what did not pass, and for any pass Gatling disputes; a note shared by the next rows (every
        // regression row without a baseline) is printed once.
        String previous = null;
        for (Check c : verdict.checks()) {
            if (c.note() != null && (c.status() != Status.PASS || c.note().contains("Gatling disagrees"))
                    && !c.note().equals(previous)) {
                out.append("  ").append(c.status()).append(' ').append(c.name()).append(": ").append(c.note()).append('\n');
                previous = c.note();
            }
        }
        out.append('\n').append(verdict.summary()).append('\n');
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
