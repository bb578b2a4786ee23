package io.examday.portal.enrolment;

import io.examday.portal.exam.ExamListing;
import io.examday.portal.web.PortalPage;
import io.examday.portal.web.PortalProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

/**
 * The exam office's candidates page for one exam: import candidates from a CSV file (or pasted lines) and see their
 * admission codes once, with a download of the letters; or replace one candidate's lost code.
 */
@Controller
@PortalPage(back = "/author")
@RequestMapping("/author/exams/{examId}/candidates")
class CandidateImportPage {

    private final ExamListing listing;
    private final CandidateImport imports;
    private final AdmissionCodeRenewal renewal;
    private final ShownLetters shown;
    private final AdmissionLetters letters;

    CandidateImportPage(ExamListing listing, CandidateImport imports, AdmissionCodeRenewal renewal, ShownLetters shown,
                        AdmissionLetters letters) {
        this.listing = listing;
        this.imports = imports;
        this.renewal = renewal;
        this.shown = shown;
        this.letters = letters;
    }

    @GetMapping
    String form(@PathVariable long examId, Model model) {
        model.addAttribute("exam", listing.require(examId));
        model.addAttribute("columns", CandidateFile.COLUMNS);
        return "author/candidates";
    }

    @PostMapping
    String importCandidates(@PathVariable long examId, @RequestParam(defaultValue = "") String text,
                            @RequestParam(required = false) MultipartFile file,
                            @RequestParam(defaultValue = "") String reason, Model model,
                            HttpServletResponse response) throws IOException {
        CandidateFile candidates = file != null && !file.isEmpty() ? CandidateFile.read(file.getBytes()) : CandidateFile.read(text);
        try {
            var imported = imports.importInto(examId, candidates, reason);
            model.addAttribute("letters", imported.letters());
            model.addAttribute("imported", imported.letters().size());
        } catch (PortalProblem problem) {
            refusal(problem, model, response);
            model.addAttribute("text", text);
            model.addAttribute("reason", reason);
        }
        return form(examId, model);
    }

    @PostMapping("/admission-code")
    String renew(@PathVariable long examId, @RequestParam(defaultValue = "") String username,
                 @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("letters", List.of(renewal.renew(examId, username.strip(), reason)));
            model.addAttribute("renewed", username.strip());
        } catch (PortalProblem problem) {
            refusal(problem, model, response);
        }
        return form(examId, model);
    }

    /** The letters just shown, as a ZIP of their PDF and CSV. */
    @PostMapping("/letters")
    ResponseEntity<byte[]> download(@PathVariable long examId, @RequestParam(name = "username", defaultValue = "") List<String> usernames,
                                    @RequestParam(name = "code", defaultValue = "") List<String> codes) {
        List<AdmissionLetter> verified = shown.verified(examId, usernames, codes);
        String exam = verified.getFirst().examCode();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(AdmissionLetters.fileName(exam, "zip")).build().toString())
                .body(letters.zip(exam, verified, CandidateImportController.signInUrl()));
    }

    private static void refusal(PortalProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.getMessage());
        model.addAttribute("errors", problem.properties().get("errors"));
    }
}
