package io.examday.portal.grading;

import io.examday.portal.identity.PortalUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A candidate's result and its PDF. */
@RestController
class CandidateResultController {

    private final CandidateResults results;

    CandidateResultController(CandidateResults results) {
        this.results = results;
    }

    @GetMapping("/api/attempts/{attemptId}/result")
    public ResultView result(@PathVariable long attemptId, @AuthenticationPrincipal PortalUser candidate) {
        return results.of(attemptId, candidate);
    }

    @GetMapping("/api/attempts/{attemptId}/result.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long attemptId, @AuthenticationPrincipal PortalUser candidate) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("result-" + attemptId + ".pdf").build().toString())
                .body(results.pdf(attemptId, candidate));
    }
}
