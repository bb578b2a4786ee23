package io.examday.portal.ops;

import io.examday.portal.web.PortalProblem;
import io.examday.portal.web.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code examCode} parameter of the operators' routes: repeatable or comma-separated, every code known. */
final class ExamCodes {

    private ExamCodes() {}

    /** The distinct codes named, as an array for {@code = any(?::text[])}; 400 when none, 404 naming the unknown. */
    static String[] known(JdbcClient jdbc, List<String> examCodes) {
        String[] codes = (examCodes == null ? List.<String>of() : examCodes).stream()
                .map(String::trim).filter(c -> !c.isEmpty()).distinct().toArray(String[]::new);
        if (codes.length == 0) {
            throw PortalProblem.badRequest("exam-code-required", "Name the exams: ?examCode=LOAD-1 (repeatable).");
        }
        if (!Arrays.stream(codes).allMatch(StorableText::holds)) {
            throw PortalProblem.badRequest("invalid-exam-code", "An exam code " + StorableText.RULE + ".");
        }
        List<String> known = jdbc.sql("select code from exam where code = any(?::text[])").param(codes)
                .query(String.class).list();
        if (known.size() < codes.length) {
            List<String> unknown = new ArrayList<>(List.of(codes));
            unknown.removeAll(known);
            throw PortalProblem.notFound("exam-not-found", "No exam has the code " + String.join(", ", unknown) + ".");
        }
        return codes;
    }
}
