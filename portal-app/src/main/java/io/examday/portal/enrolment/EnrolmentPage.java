package io.examday.portal.enrolment;

import io.examday.portal.exam.ExamListing;
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

/** The author's enrolment page: paste usernames (CSV lines), see who was enrolled or which lines are wrong. */
@Controller
@PortalPage(back = "/author")
@RequestMapping("/author/exams/{examId}/enrol")
class EnrolmentPage {

    private final ExamListing listing;
    private final BulkEnrolment enrolment;
    private final EnrolledCount enrolledCount;

    EnrolmentPage(ExamListing listing, BulkEnrolment enrolment, EnrolledCount enrolledCount) {
        this.listing = listing;
        this.enrolment = enrolment;
        this.enrolledCount = enrolledCount;
    }

    @GetMapping
    public String form(@PathVariable long examId, Model model) {
        model.addAttribute("exam", listing.require(examId));
        model.addAttribute("enrolled", enrolledCount.of(examId).orElse(0));
        return "author/enrol";
    }

    @PostMapping
    public String enrol(@PathVariable long examId, @RequestParam(defaultValue = "") String usernames, Model model,
                        HttpServletResponse response) {
        try {
            model.addAttribute("outcome", enrolment.enrol(examId, EnrolmentList.fromCsv(usernames)));
        } catch (PortalProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problem.getMessage());
            model.addAttribute("errors", problem.properties().get("errors"));
            model.addAttribute("usernames", usernames);
        }
        return form(examId, model);
    }
}
