package io.examday.portal.enrolment;

import io.examday.portal.web.CsvRecords;
import io.examday.portal.web.StandardFontText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Admission letters as the exam office hands them out: a PDF with one page per candidate, a CSV of the same for a
 * mail merge, or both in one ZIP, so a code shown once can be kept both ways.
 */
@Component
class AdmissionLetters {

    static final String CSV_HEADER = "username,displayName,email,examCode,admissionCode,signInUrl";

    byte[] pdf(List<AdmissionLetter> letters, String signInUrl) {
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        var mono = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Admission letters");
            for (AdmissionLetter letter : letters) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.newLineAtOffset(56, 770);
                    text.setLeading(22);
                    show(text, bold, 20, "Admission letter");
                    text.newLine();
                    show(text, regular, 12, letter.displayName());
                    show(text, regular, 12, "Exam: " + letter.examCode() + " - " + letter.examTitle());
                    text.newLine();
                    show(text, regular, 12, "Sign in at " + signInUrl + " with");
                    show(text, regular, 12, "Username:");
                    show(text, mono, 16, letter.username());
                    show(text, regular, 12, "Admission code:");
                    show(text, mono, 16, letter.admissionCode());
                    text.newLine();
                    show(text, regular, 10, "Keep this code to yourself. The exam office can replace a lost code; the old one then stops working.");
                    text.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the admission letters", e);
        }
    }

    String csv(List<AdmissionLetter> letters, String signInUrl) {
        var csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (AdmissionLetter l : letters) {
            csv.append(String.join(",", CsvRecords.cell(l.username()), CsvRecords.cell(l.displayName()),
                    CsvRecords.cell(l.email() == null ? "" : l.email()), CsvRecords.cell(l.examCode()),
                    l.admissionCode(), CsvRecords.cell(signInUrl))).append("\r\n");
        }
        return csv.toString();
    }

    /** {@code <exam>-admission-letters.pdf} and {@code .csv} in one archive. */
    byte[] zip(String examCode, List<AdmissionLetter> letters, String signInUrl) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(fileName(examCode, "pdf")));
            zip.write(pdf(letters, signInUrl));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(fileName(examCode, "csv")));
            zip.write(csv(letters, signInUrl).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not pack the admission letters", e);
        }
    }

    static String fileName(String examCode, String extension) {
        return examCode.replaceAll("[^A-Za-z0-9._-]", "_") + "-admission-letters." + extension;
    }

    private static void show(PDPageContentStream text, PDType1Font font, float size, String line) throws IOException {
        text.setFont(font, size);
        text.showText(StandardFontText.printable(font, line));
        text.newLine();
    }
}
