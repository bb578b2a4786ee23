package io.examday.portal.attempt;

import io.examday.portal.identity.PortalUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

/** A candidate's attempt: read it page by page, save answers, submit. */
@RestController
@RequestMapping("/api/attempts/{attemptId}")
class AttemptController {

    private final CandidateAttempts attempts;
    private final AttemptPageReader pages;
    private final AnswerSheet answers;
    private final Submission submission;

    AttemptController(CandidateAttempts attempts, AttemptPageReader pages, AnswerSheet answers,
                      Submission submission) {
        this.attempts = attempts;
        this.pages = pages;
        this.answers = answers;
        this.submission = submission;
    }

    /** {@code value} stays raw JSON: its shape depends on the question, which only the saved attempt tells. */
    public record AnswerBody(@NotNull @PositiveOrZero Long revision, JsonNode value) {
    }

    @GetMapping
    public AttemptView attempt(@PathVariable long attemptId, @AuthenticationPrincipal PortalUser candidate) {
        return attempts.view(attemptId, candidate, Instant.now());
    }

    @GetMapping("/pages/{page}")
    public AttemptPage page(@PathVariable long attemptId, @PathVariable int page,
                            @AuthenticationPrincipal PortalUser candidate) {
        return pages.open(attemptId, page, candidate).page();
    }

    @PutMapping("/answers/{questionId}")
    public SavedAnswer save(@PathVariable long attemptId, @PathVariable long questionId,
                            @Valid @RequestBody AnswerBody body, @AuthenticationPrincipal PortalUser candidate,
                            @RequestAttribute(ArrivalTime.ATTRIBUTE) Instant arrivedAt) {
        return answers.save(attemptId, questionId, body.revision(), body.value(), candidate, arrivedAt);
    }

    @PostMapping("/submit")
    public SubmitReceipt submit(@PathVariable long attemptId, @AuthenticationPrincipal PortalUser candidate,
                                @RequestAttribute(ArrivalTime.ATTRIBUTE) Instant arrivedAt) {
        return submission.submit(attemptId, candidate, arrivedAt);
    }
}
