package io.examday.portal.proctor;

import io.examday.portal.attempt.AttemptAdministration;
import io.examday.portal.web.PortalProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The proctors' API (role PROCTOR; see API.md): the live view and the two actions on an attempt. */
@RestController
@RequestMapping("/api/proctor")
class ProctorController {

    private final LiveViews liveViews;
    private final AttemptAdministration attempts;

    ProctorController(LiveViews liveViews, AttemptAdministration attempts) {
        this.liveViews = liveViews;
        this.attempts = attempts;
    }

    /** {@code reason} is optional for an extension. */
    public record Extension(Integer seconds, String reason) {
    }

    /** {@code reason} is required; {@code extensionSeconds} optional, and needed once deadline + grace has passed. */
    public record Reopening(String reason, Integer extensionSeconds) {
    }

    @GetMapping("/exams/{examId}/live")
    public LiveView live(@PathVariable long examId, @RequestParam(required = false) Integer limit) {
        return liveViews.of(examId, limit);
    }

    @PostMapping(path = "/attempts/{attemptId}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ProctoredAttempt extend(@PathVariable long attemptId, @RequestBody Extension extension) {
        if (extension.seconds() == null) {
            throw PortalProblem.badRequest("invalid-extension", "Give the extension in seconds: {\"seconds\":600}.");
        }
        return ProctoredAttempt.of(attempts.extend(attemptId, extension.seconds(), extension.reason()), Instant.now());
    }

    /** A missing body is read as no reason, which is refused as such rather than as a malformed body. */
    @PostMapping("/attempts/{attemptId}/reopen")
    public ProctoredAttempt reopen(@PathVariable long attemptId, @RequestBody(required = false) Reopening reopening) {
        var asked = reopening == null ? new Reopening(null, null) : reopening;
        return ProctoredAttempt.of(attempts.reopen(attemptId, asked.reason(), asked.extensionSeconds()), Instant.now());
    }
}
