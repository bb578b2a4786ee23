package io.examday.portal.exam;

import io.examday.portal.stafflog.StaffAction;
import io.examday.portal.stafflog.StaffLog;
import io.examday.portal.stafflog.Touched;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Map;

/** {@code GET /api/exams/{examId}/results.csv}: the download authors hand on to whoever records marks. */
@RestController
class ResultsExportController {

    static final String EXPORT = "results.csv";

    private final ExamListing listing;
    private final ResultsExport results;
    private final StaffLog staffLog;
    private final TransactionTemplate transactions;

    ResultsExportController(ExamListing listing, ResultsExport results, StaffLog staffLog,
                            TransactionTemplate transactions) {
        this.listing = listing;
        this.results = results;
        this.staffLog = staffLog;
        this.transactions = transactions;
    }

    /**
     * The export is logged, and committed, before the first byte: a download that breaks off half-way has still
     * taken results out of the portal.
     */
    @GetMapping("/api/exams/{examId}/results.csv")
    public void download(@PathVariable long examId, HttpServletResponse response) throws IOException {
        ExamSummary exam = listing.require(examId);
        transactions.executeWithoutResult(status -> staffLog.record(StaffAction.RESULTS_EXPORT, Touched.exam(examId),
                null, Map.of("export", EXPORT, "code", exam.code())));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(exam.code() + "-results.csv").build().toString());
        results.write(examId, response.getWriter());
    }
}
