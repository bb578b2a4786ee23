package io.examday.portal.exam;

import io.examday.portal.web.PortalPage;
import io.examday.portal.web.PortalProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The author's exam pages: the list, a new exam, editing, rescheduling and publishing. */
@Controller
@PortalPage(back = "/author")
@RequestMapping("/author")
class AuthorExamPages {

    private final ExamListing listing;
    private final ExamAuthoring authoring;
    private final QuestionBanks banks;

    AuthorExamPages(ExamListing listing, ExamAuthoring authoring, QuestionBanks banks) {
        this.listing = listing;
        this.authoring = authoring;
        this.banks = banks;
    }

    @GetMapping
    public String exams(Model model) {
        model.addAttribute("exams", listing.all());
        model.addAttribute("banks", banks.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ExamForm.blank());
        }
        return "author/exams";
    }

    @PostMapping("/exams")
    public String create(@ModelAttribute("form") ExamForm form, Model model, HttpServletResponse response) {
        try {
            return "redirect:/author/exams/" + authoring.create(form.details());
        } catch (PortalProblem problem) {
            PageRefusal.show(problem, model, response);
            return exams(model);
        }
    }

    @GetMapping("/exams/{examId}")
    public String exam(@PathVariable long examId, Model model) {
        ExamSummary exam = listing.require(examId);
        model.addAttribute("exam", exam);
        model.addAttribute("questions", listing.questions(examId));
        model.addAttribute("banks", banks.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ExamForm.of(exam));
        }
        return "author/exam";
    }

    @PostMapping("/exams/{examId}")
    public String revise(@PathVariable long examId, @ModelAttribute("form") ExamForm form, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        return change(examId, () -> authoring.revise(examId, form.details()), "Saved.", model, response, redirect);
    }

    @PostMapping("/exams/{examId}/schedule")
    public String reschedule(@PathVariable long examId, @ModelAttribute("schedule") ExamForm schedule, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        return change(examId, () -> authoring.reschedule(examId, schedule.schedule()), "Schedule saved.", model,
                response, redirect);
    }

    @PostMapping("/exams/{examId}/publish")
    public String publish(@PathVariable long examId, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        return change(examId, () -> authoring.publish(examId), "Published: the questions are now frozen.", model,
                response, redirect);
    }

    /** One change to an exam from its page: back to the page with a notice, or the page again with the refusal. */
    private String change(long examId, Runnable change, String notice, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            change.run();
        } catch (PortalProblem problem) {
            PageRefusal.show(problem, model, response);
            return exam(examId, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/author/exams/" + examId;
    }
}
