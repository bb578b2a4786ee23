package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused form shown on the page it came from: the problem's words, its errors as rows of line, field and
 * message (form errors have no line), and its status.
 */
final class PageRefusal {

    private PageRefusal() {
    }

    static void show(PortalProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.getMessage());
        if (problem.properties().get("errors") instanceof List<?> errors) {
            model.addAttribute("errors", errors.stream().map(PageRefusal::row).toList());
        }
    }

    private static Map<String, Object> row(Object error) {
        Map<String, Object> row = new HashMap<>();
        if (error instanceof ImportError e) {
            row.put("line", e.line());
            row.put("field", e.field());
            row.put("message", e.message());
        } else if (error instanceof Map<?, ?> e) {
            row.put("line", null);
            row.put("field", e.get("field"));
            row.put("message", e.get("message"));
        }
        return row;
    }
}
