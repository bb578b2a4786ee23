package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Adding questions to an exam from the author pages: an import (pasted or uploaded), or picks from a bank. */
@Controller
@RequestMapping("/author/exams/{examId}")
public class QuestionPages {

    private final ExamListing listing;
    private final ExamAuthoring authoring;
    private final QuestionBanks banks;

    public QuestionPages(ExamListing listing, ExamAuthoring authoring, QuestionBanks banks) {
        this.listing = listing;
        this.authoring = authoring;
        this.banks = banks;
    }

    @GetMapping("/import")
    public String importForm(@PathVariable long examId, Model model) {
        model.addAttribute("exam", listing.require(examId));
        model.addAttribute("action", "/author/exams/" + examId + "/import");
        return "author/import";
    }

    @PostMapping("/import")
    public String importQuestions(@PathVariable long examId, @RequestParam(required = false) String text,
                                  @RequestParam(required = false) MultipartFile file,
                                  @RequestParam(defaultValue = "auto") String format, Model model,
                                  HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            var upload = UploadedQuestions.of(text, file, format);
            int added = authoring.append(examId, QuestionImport.read(upload.body(), upload.format()));
            redirect.addFlashAttribute("notice", added + " questions added.");
            return "redirect:/author/exams/" + examId;
        } catch (PortalProblem problem) {
            PageRefusal.show(problem, model, response);
            model.addAttribute("text", text);
            return importForm(examId, model);
        }
    }

    /** {@code questionIds} as typed ("12, 13 14"); blank takes the whole bank. */
    @PostMapping("/bank-questions")
    public String addFromBank(@PathVariable long examId, @RequestParam long bankId,
                              @RequestParam(required = false) String questionIds, Model model,
                              HttpServletResponse response, RedirectAttributes redirect) {
        try {
            int added = authoring.appendFromBank(examId, bankId, picked(bankId, questionIds));
            redirect.addFlashAttribute("notice", added + " questions added from the bank.");
            return "redirect:/author/exams/" + examId;
        } catch (PortalProblem problem) {
            PageRefusal.show(problem, model, response);
            ExamSummary exam = listing.require(examId);
            model.addAttribute("exam", exam);
            model.addAttribute("questions", listing.questions(examId));
            model.addAttribute("banks", banks.all());
            model.addAttribute("form", ExamForm.of(exam));
            return "author/exam";
        }
    }

    private List<Long> picked(long bankId, String typed) {
        if (typed == null || typed.isBlank()) {
            return banks.show(bankId).questions().stream().map(AuthoredQuestion::questionId).toList();
        }
        List<Long> ids = new ArrayList<>();
        for (String id : typed.trim().split("[\\s,;]+")) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw PortalProblem.badRequest("invalid-input", "\"" + id + "\" is not a question number.");
            }
        }
        return ids;
    }
}
