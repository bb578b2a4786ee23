package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** What an import page sent: an uploaded file if there is one, else the pasted text, and its format. */
record UploadedQuestions(String body, QuestionImport.Format format) {

    /** {@code chosenFormat} is csv, json or auto (recognised from the text). */
    static UploadedQuestions of(String text, MultipartFile file, String chosenFormat) throws IOException {
        String body;
        if (file != null && !file.isEmpty()) {
            body = QuestionBody.utf8(file.getBytes());
        } else if (text != null && !text.isBlank()) {
            body = text;
        } else {
            throw PortalProblem.badRequest("no-questions", "Paste questions or choose a file.");
        }
        try {
            return new UploadedQuestions(body, "auto".equalsIgnoreCase(chosenFormat)
                    ? QuestionImport.Format.sniff(body) : QuestionImport.Format.of(chosenFormat));
        } catch (IllegalArgumentException e) {
            throw PortalProblem.badRequest("invalid-input", "The format is CSV, JSON or auto.");
        }
    }
}
