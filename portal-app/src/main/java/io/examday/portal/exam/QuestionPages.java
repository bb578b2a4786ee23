package io.examday.portal.exam;

import io.examday.portal.web.PortalPage;
import io.examday.portal.web.PortalProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Adding questions to an exam from the author pages: an import (pasted or uploaded), or picks from a bank. */
@Controller
@PortalPage(back = "/author")
@RequestMapping("/author/exams/{examId}")
class QuestionPages {

    private final ExamListing listing;
    private final ExamAuthoring authoring;
    private final QuestionBanks banks;

    QuestionPages(ExamListing listing, ExamAuthoring authoring, QuestionBanks banks) {
        this.listing = listing;
        this.authoring = authoring;
        this.banks = banks;
    }

    @GetMapping("/import")
    public String importForm(@PathVariable long examId, Model model) {
        return QuestionImportForm.page(model, "exam", listing.require(examId), "/author/exams/" + examId + "/import");
    }

    @PostMapping("/import")
    public String importQuestions(@PathVariable long examId, QuestionImportForm form, Model model,
                                  HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        OptionalInt added = form.addTo(
                upload -> authoring.append(examId, QuestionImport.read(upload.body(), upload.format())), model, response);
        if (added.isEmpty()) {
            return importForm(examId, model);
        }
        redirect.addFlashAttribute("notice", added.getAsInt() + " questions added.");
        return "redirect:/author/exams/" + examId;
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
