package io.examday.portal.attempt;

import io.examday.portal.exam.ExamWindow;
import io.examday.portal.identity.PortalUser;
import io.examday.portal.web.PortalPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.List;

/** The candidate's pages; they use the same services, and so the same budgets, as the JSON API. */
@Controller
@PortalPage(back = "/exams")
class CandidatePages {

    private final CandidateExams exams;
    private final ExamStart start;
    private final AttemptPageReader pages;
    private final Submission submission;
    private final AttemptProperties properties;

    CandidatePages(CandidateExams exams, ExamStart start, AttemptPageReader pages, Submission submission,
                   AttemptProperties properties) {
        this.exams = exams;
        this.start = start;
        this.pages = pages;
        this.submission = submission;
        this.properties = properties;
    }

    @GetMapping("/exams")
    public String exams(@AuthenticationPrincipal PortalUser candidate, Model model) {
        List<EnrolledExam> all = exams.of(candidate, Instant.now());
        model.addAttribute("open", all.stream().filter(e -> !e.done() && e.state() == ExamWindow.OPEN).toList());
        model.addAttribute("scheduled", all.stream().filter(e -> !e.done() && e.state() == ExamWindow.SCHEDULED).toList());
        model.addAttribute("done", all.stream().filter(EnrolledExam::done).toList());
        return "exams";
    }

    @GetMapping("/exams/{examId}/lobby")
    public String lobby(@PathVariable long examId, Model model) {
        model.addAttribute("lobby", exams.lobby(examId, Instant.now()));
        return "lobby";
    }

    @PostMapping("/exams/{examId}/start")
    public String start(@PathVariable long examId, @AuthenticationPrincipal PortalUser candidate,
                        @RequestAttribute(ArrivalTime.ATTRIBUTE) Instant arrivedAt) {
        return "redirect:/attempts/" + start.start(examId, candidate, arrivedAt).attempt().attemptId();
    }

    @GetMapping("/attempts/{attemptId}")
    public String attempt(@PathVariable long attemptId, @RequestParam(defaultValue = "1") int page,
                          @AuthenticationPrincipal PortalUser candidate, Model model) {
        var opened = pages.open(attemptId, page, candidate);
        if (opened.attempt().status().closed()) {
            return "redirect:/attempts/" + attemptId + "/result";
        }
        model.addAttribute("opened", opened);
        model.addAttribute("autosaveSeconds", properties.autosavePeriod().toSeconds());
        return "attempt";
    }

    @PostMapping("/attempts/{attemptId}/submit")
    public String submit(@PathVariable long attemptId, @AuthenticationPrincipal PortalUser candidate,
                         @RequestAttribute(ArrivalTime.ATTRIBUTE) Instant arrivedAt) {
        submission.submit(attemptId, candidate, arrivedAt);
        return "redirect:/attempts/" + attemptId + "/result";
    }
}
