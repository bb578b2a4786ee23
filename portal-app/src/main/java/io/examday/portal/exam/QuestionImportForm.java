package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * The import form's post, the same for an exam and a bank, bound from its fields: the pasted {@code text}, the
 * uploaded {@code file} and the {@code format} (csv, json, or auto when not given).
 */
record QuestionImportForm(String text, MultipartFile file, String format) {

    /** Where one post's questions go; answers how many were added. */
    interface Destination {
        int add(UploadedQuestions upload);
    }

    /** The import page for {@code subject} (an exam or a bank, named {@code as}), which posts to {@code action}. */
    static String page(Model model, String as, Object subject, String action) {
        model.addAttribute(as, subject);
        model.addAttribute("action", action);
        return "author/import";
    }

    /**
     * How many questions were added; or, when they were refused, nothing, with the problem and the pasted text put on
     * the page, so the form shows them again.
     */
    OptionalInt addTo(Destination into, Model model, HttpServletResponse response) throws IOException {
        try {
            return OptionalInt.of(into.add(UploadedQuestions.of(text, file, format == null ? "auto" : format)));
        } catch (PortalProblem problem) {
            PageRefusal.show(problem, model, response);
            model.addAttribute("text", text);
            return OptionalInt.empty();
        }
    }
}
