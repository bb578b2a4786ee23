package io.examday.portal.proctor;

import io.examday.portal.exam.ExamListing;
import io.examday.portal.exam.ExamSummary;
import io.examday.portal.web.PortalPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The proctor's pages: the published exams, and one exam's live view, which refreshes itself from the API. */
@Controller
@PortalPage(back = "/proctor")
@RequestMapping("/proctor")
class ProctorPages {

    private final ExamListing listing;
    private final ProctorProperties properties;

    ProctorPages(ExamListing listing, ProctorProperties properties) {
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
}
