package io.examday.portal.exam;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** {@code GET /api/exams/{examId}/results.csv}: the download authors hand on to whoever records marks. */
@RestController
public class ResultsController {

    private final ExamListing listing;
    private final ExamResults results;

    public ResultsController(ExamListing listing, ExamResults results) {
        this.listing = listing;
        this.results = results;
    }

    @GetMapping("/api/exams/{examId}/results.csv")
    public void download(@PathVariable long examId, HttpServletResponse response) throws IOException {
        ExamSummary exam = listing.require(examId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(exam.code() + "-results.csv").build().toString());
        results.write(examId, response.getWriter());
    }
}
