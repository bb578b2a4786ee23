package io.examday.portal.ops;

import io.examday.portal.stafflog.StaffAction;
import io.examday.portal.stafflog.StaffLog;
import io.examday.portal.stafflog.Touched;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * {@code GET /api/ops/export/attempts|answers?examCode=…} (role ADMIN; see API.md): the stored rows as CSV,
 * written to the response while the database reads them.
 */
@RestController
class ExportController {

    private final JdbcClient jdbc;
    private final StoredRows rows;
    private final StaffLog staffLog;
    private final TransactionTemplate transactions;

    ExportController(JdbcClient jdbc, StoredRows rows, StaffLog staffLog, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.staffLog = staffLog;
        this.transactions = transactions;
    }

    @GetMapping("/api/ops/export/attempts")
    public void attempts(@RequestParam(name = "examCode", required = false) List<String> examCodes,
                         HttpServletResponse response) throws IOException {
        export("attempts", examCodes, response, rows::attempts);
    }

    @GetMapping("/api/ops/export/answers")
    public void answers(@RequestParam(name = "examCode", required = false) List<String> examCodes,
                        HttpServletResponse response) throws IOException {
        export("answers", examCodes, response, rows::answers);
    }

    /**
     * The codes are checked before the first byte, so a bad one is still a problem answer, not a broken CSV. The
     * export is in the staff log, committed before the first byte too: a download that breaks off half-way has
     * still taken rows out. It names the exam when there is one, and lists the codes in its detail.
     */
    private void export(String export, List<String> examCodes, HttpServletResponse response,
                        BiConsumer<String[], Writer> rowsOf) throws IOException {
        String[] codes = ExamCodes.known(jdbc, examCodes);
        transactions.executeWithoutResult(status -> {
            Touched touched = codes.length == 1
                    ? Touched.exam(jdbc.sql("select id from exam where code = ?").param(codes[0]).query(Long.class).single())
                    : Touched.nothingNamed();
            staffLog.record(StaffAction.RESULTS_EXPORT, touched, null,
                    Map.of("export", export, "examCodes", List.of(codes)));
        });
        response.setContentType("text/csv;charset=UTF-8");
        rowsOf.accept(codes, response.getWriter());
    }
}
