package io.examday.harness.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code junit.xml}: one testcase per check so CI systems list them. A missed threshold is a failure; a check that
 * could not be judged is an error (it is not a pass); notes pass with their text as output.
 */
public final class JunitXml {

    public static final String FILE = "junit.xml";

    private JunitXml() {}

    public static Path write(Verdict verdict, Path runDir) throws IOException {
        return Files.writeString(runDir.resolve(FILE), render(verdict));
    }

    static String render(Verdict verdict) {
        long failures = verdict.checks().stream().filter(c -> c.status() == Status.FAIL).count();
        long errors = verdict.checks().stream().filter(c -> c.status() == Status.INCONCLUSIVE).count();
        String suite = "examday." + verdict.scenario();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append(String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"0\" timestamp=\"%s\">%n",
                attr(suite), verdict.checks().size(), failures, errors, attr(String.valueOf(verdict.judgedAt()))));
        xml.append("  <properties>\n");
        property(xml, "verdict", verdict.verdict().name());
        property(xml, "runId", verdict.runId());
        property(xml, "thresholds", verdict.thresholds());
        xml.append("  </properties>\n");
        for (Check c : verdict.checks()) {
            String line = "target " + c.target() + ", measured " + c.measured() + (c.note() == null ? "" : " (" + c.note() + ")");
            xml.append("  <testcase classname=\"").append(attr(suite + "." + c.role().name().toLowerCase(Locale.ROOT)))
                    .append("\" name=\"").append(attr(c.id() + ": " + c.name())).append("\">");
            switch (c.status()) {
                case FAIL -> xml.append("\n    <failure type=\"threshold\" message=\"").append(attr(line)).append("\"/>\n  ");
                case INCONCLUSIVE -> xml.append("\n    <error type=\"inconclusive\" message=\"").append(attr(line)).append("\"/>\n  ");
                case PASS, NOTE -> xml.append("\n    <system-out>").append(text(line)).append("</system-out>\n  ");
            }
            xml.append("</testcase>\n");
        }
        xml.append("  <system-out>").append(text(verdict.summary())).append("</system-out>\n");
        return xml.append("</testsuite>\n").toString();
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("    <property name=\"").append(attr(name)).append("\" value=\"").append(attr(String.valueOf(value))).append("\"/>\n");
    }

    private static String text(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    // XML 1.0 has no way to write most control characters at all.
                    if (cp >= 0x20 || cp == '\n' || cp == '\t' || cp == '\r') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }
}
