package io.examday.portal.grading;

import io.examday.portal.identity.PortalUser;
import io.examday.portal.web.PortalPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The candidate's result page: pending (it refreshes itself) or the score with a link to the PDF. */
@Controller
@PortalPage(back = "/exams")
class ResultPage {

    private final CandidateResults results;

    ResultPage(CandidateResults results) {
        this.results = results;
    }

    @GetMapping("/attempts/{attemptId}/result")
    public String result(@PathVariable long attemptId, @AuthenticationPrincipal PortalUser candidate, Model model) {
        model.addAttribute("result", results.of(attemptId, candidate));
        return "result";
    }
}
