package io.examday.portal.ops;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code GET /api/ops/export/attempts|answers?examCode=…} (role ADMIN; see API.md): the stored rows as CSV,
 * written to the response while the database reads them.
 */
@RestController
public class ExportController {

    private final JdbcClient jdbc;
    private final StoredRows rows;

    public ExportController(JdbcClient jdbc, StoredRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @GetMapping("/api/ops/export/attempts")
    public void attempts(@RequestParam(name = "examCode", required = false) List<String> examCodes,
                         HttpServletResponse response) throws IOException {
        export(examCodes, response, rows::attempts);
    }

    @GetMapping("/api/ops/export/answers")
    public void answers(@RequestParam(name = "examCode", required = false) List<String> examCodes,
                        HttpServletResponse response) throws IOException {
        export(examCodes, response, rows::answers);
    }

    /** The codes are checked before the first byte, so a bad one is still a problem answer, not a broken CSV. */
    private void export(List<String> examCodes, HttpServletResponse response, BiConsumer<String[], Writer> rowsOf)
            throws IOException {
        String[] codes = ExamCodes.known(jdbc, examCodes);
        response.setContentType("text/csv;charset=UTF-8");
        rowsOf.accept(codes, response.getWriter());
    }
}
