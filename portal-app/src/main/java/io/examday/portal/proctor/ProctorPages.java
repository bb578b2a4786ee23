package io.examday.portal.proctor;

import io.examday.portal.exam.ExamListing;
import io.examday.portal.exam.ExamSummary;
import io.examday.portal.web.ErrorPage;
import io.examday.portal.web.PortalProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The proctor's pages: the published exams, and one exam's live view, which refreshes itself from the API. */
@Controller
@RequestMapping("/proctor")
public class ProctorPages {

    private final ExamListing listing;
    private final ProctorProperties properties;

    public ProctorPages(ExamListing listing, ProctorProperties properties) {
        this.listing = listing;
        this.properties = properties;
    }

    @GetMapping
    public String exams(Model model) {
        model.addAttribute("exams", listing.all().stream().filter(ExamSummary::published).toList());
        return "proctor/exams";
    }

    @GetMapping("/exams/{examId}")
    public String exam(@PathVariable long examId, Model model) {
        model.addAttribute("exam", listing.require(examId));
        model.addAttribute("pollMillis", properties.pollPeriod().toMillis());
        return "proctor/exam";
    }

    @ExceptionHandler(PortalProblem.class)
    ModelAndView refused(PortalProblem problem) {
        return ErrorPage.of(problem.status(), problem.getMessage(), "/proctor");
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView badAddress(TypeMismatchException e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "The address has an invalid " + e.getPropertyName() + ".",
                "/proctor");
    }
}
