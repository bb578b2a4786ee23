package io.examday.portal.web;

import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.IOException;

/** Text as a PDF's standard fonts can print it, for the portal's PDFs (results, admission letters). */
public final class StandardFontText {

    private StandardFontText() {
    }

    /** The standard fonts cover WinAnsi only; other characters (names in other scripts) print as '?'. */
    public static String printable(PDType1Font font, String line) {
        var printable = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            String character = Character.toString(c);
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException e) {
                printable.append('?');
            }
        });
        return printable.toString();
    }
}
