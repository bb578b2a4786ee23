package io.examday.portal.enrolment;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code POST /api/exams/{examId}/candidates} (CSV in; the letters out as JSON, PDF, CSV or a ZIP of both, by
 * Accept) and {@code POST /api/exams/{examId}/candidates/{username}/admission-code} (role AUTHOR; see API.md).
 */
@RestController
class CandidateImportController {

    private static final String ROUTE = "/api/exams/{examId}/candidates";
    private static final String RENEWAL = ROUTE + "/{username}/admission-code";
    private static final String PDF = MediaType.APPLICATION_PDF_VALUE;
    private static final String ZIP = "application/zip";

    record ImportAnswer(long examId, String examCode, int imported, List<AdmissionLetter> letters) {
    }

    record Renewal(String reason) {
    }

    private final CandidateImport imports;
    private final AdmissionCodeRenewal renewal;
    private final AdmissionLetters letters;

    CandidateImportController(CandidateImport imports, AdmissionCodeRenewal renewal, AdmissionLetters letters) {
        this.imports = imports;
        this.renewal = renewal;
        this.letters = letters;
    }

    @PostMapping(path = ROUTE, consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportAnswer asJson(@PathVariable long examId, @RequestBody(required = false) byte[] body,
                        @RequestParam(required = false) String reason) {
        var imported = importFrom(examId, body, reason);
        return new ImportAnswer(imported.examId(), imported.examCode(), imported.letters().size(), imported.letters());
    }

    @PostMapping(path = ROUTE, consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE}, produces = PDF)
    ResponseEntity<byte[]> asPdf(@PathVariable long examId, @RequestBody(required = false) byte[] body,
                                 @RequestParam(required = false) String reason) {
        var imported = importFrom(examId, body, reason);
        return download(letters.pdf(imported.letters(), signInUrl()), PDF, AdmissionLetters.fileName(imported.examCode(), "pdf"));
    }

    @PostMapping(path = ROUTE, consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE}, produces = "text/csv")
    ResponseEntity<byte[]> asCsv(@PathVariable long examId, @RequestBody(required = false) byte[] body,
                                 @RequestParam(required = false) String reason) {
        var imported = importFrom(examId, body, reason);
        return download(letters.csv(imported.letters(), signInUrl()).getBytes(StandardCharsets.UTF_8),
                "text/csv;charset=UTF-8", AdmissionLetters.fileName(imported.examCode(), "csv"));
    }

    @PostMapping(path = ROUTE, consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE}, produces = ZIP)
    ResponseEntity<byte[]> asZip(@PathVariable long examId, @RequestBody(required = false) byte[] body,
                                 @RequestParam(required = false) String reason) {
        var imported = importFrom(examId, body, reason);
        return download(letters.zip(imported.examCode(), imported.letters(), signInUrl()), ZIP,
                AdmissionLetters.fileName(imported.examCode(), "zip"));
    }

    @PostMapping(path = RENEWAL, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    AdmissionLetter renewed(@PathVariable long examId, @PathVariable String username, @RequestBody Renewal body) {
        return renewal.renew(examId, username, body.reason());
    }

    @PostMapping(path = RENEWAL, consumes = MediaType.APPLICATION_JSON_VALUE, produces = PDF)
    ResponseEntity<byte[]> renewedPdf(@PathVariable long examId, @PathVariable String username, @RequestBody Renewal body) {
        AdmissionLetter letter = renewal.renew(examId, username, body.reason());
        return download(letters.pdf(List.of(letter), signInUrl()), PDF,
                AdmissionLetters.fileName(letter.examCode() + "-" + username, "pdf"));
    }

    private CandidateImport.Imported importFrom(long examId, byte[] body, String reason) {
        return imports.importInto(examId, CandidateFile.read(body), reason);
    }

    static String signInUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/login").toUriString();
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String type, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                // Admission codes: never kept by a cache on the way.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }
}
