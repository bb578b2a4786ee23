package io.examday.portal.grading;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import io.examday.portal.web.StandardFontText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Renders a result as a one-page PDF with the standard Helvetica fonts (nothing to embed). */
@Component
class ResultPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    ResultPdf(@Value("${examday.data-dir}") Path dataDir) throws IOException {
        // PDFBox maps the standard fonts through a font cache it builds in the home folder unless told otherwise.
        Path cache = Files.createDirectories(dataDir.resolve("pdfbox"));
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", cache.toAbsolutePath().toString());
        }
    }

    byte[] render(ResultSheet sheet) {
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle("Result of attempt " + sheet.attemptId());
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.newLineAtOffset(56, 770);
                text.setFont(bold, 20);
                text.showText("Examday result");
                text.setLeading(22);
                text.newLine();
                text.newLine();
                text.setFont(regular, 12);
                line(text, regular, "Candidate: " + sheet.candidateName() + " (" + sheet.username() + ")");
                line(text, regular, "Exam: " + sheet.examCode() + " - " + sheet.examTitle());
                line(text, regular, "Attempt: " + sheet.attemptId());
                line(text, regular, "Submitted: " + TIME.format(sheet.submittedAt())
                        + ("AUTO_SUBMITTED".equals(sheet.status()) ? " (automatically, when the time ran out)" : ""));
                line(text, regular, "Graded: " + TIME.format(sheet.gradedAt()));
                text.newLine();
                text.setFont(bold, 16);
                text.showText(StandardFontText.printable(bold, "Score: " + Score.shown(sheet.score().points()) + " of "
                        + Score.shown(sheet.score().maxPoints()) + " points"));
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the result PDF of attempt " + sheet.attemptId(), e);
        }
    }

    private static void line(PDPageContentStream text, PDType1Font font, String line) throws IOException {
        text.showText(StandardFontText.printable(font, line));
        text.newLine();
    }
}
