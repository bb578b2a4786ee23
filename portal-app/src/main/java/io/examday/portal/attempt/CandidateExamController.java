package io.examday.portal.attempt;

import io.examday.portal.identity.PortalUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** The candidate's exams, lobbies and the start of an attempt. */
@RestController
class CandidateExamController {

    private final CandidateExams exams;
    private final ExamStart start;

    CandidateExamController(CandidateExams exams, ExamStart start) {
        this.exams = exams;
        this.start = start;
    }

    @GetMapping("/api/me/exams")
    public List<EnrolledExam> myExams(@AuthenticationPrincipal PortalUser candidate) {
        return exams.of(candidate, Instant.now());
    }

    @GetMapping("/api/exams/{examId}/lobby")
    public Lobby lobby(@PathVariable long examId) {
        return exams.lobby(examId, Instant.now());
    }

    /** 201 when this request created the attempt, 200 with the same attempt after. */
    @PostMapping("/api/exams/{examId}/attempts")
    public ResponseEntity<AttemptView> start(@PathVariable long examId, @AuthenticationPrincipal PortalUser candidate,
                                             @RequestAttribute(ArrivalTime.ATTRIBUTE) Instant arrivedAt) {
        var started = start.start(examId, candidate, arrivedAt);
        var view = AttemptView.of(started.attempt(), started.schedule(), Instant.now());
        return started.created()
                ? ResponseEntity.created(URI.create("/api/attempts/" + view.attemptId())).body(view)
                : ResponseEntity.ok(view);
    }
}
