package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The authors' API for exams (role AUTHOR; see API.md). */
@RestController
@RequestMapping("/api/exams")
class ExamController {

    private final ExamListing listing;
    private final ExamAuthoring authoring;
    private final QuestionsToAdd questionsToAdd;

    ExamController(ExamListing listing, ExamAuthoring authoring, QuestionsToAdd questionsToAdd) {
        this.listing = listing;
        this.authoring = authoring;
        this.questionsToAdd = questionsToAdd;
    }

    public record QuestionsAdded(int added, ExamSummary exam) {
    }

    @GetMapping
    public List<ExamSummary> all() {
        return listing.all();
    }

    @GetMapping("/by-code/{code}")
    public ExamSummary byCode(@PathVariable String code) {
        return listing.byCode(code).orElseThrow(() ->
                PortalProblem.notFound("exam-not-found", "No exam has the code " + code + "."));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ExamSummary> create(@RequestBody ExamDetails details) {
        long examId = authoring.create(details);
        return ResponseEntity.created(URI.create("/api/exams/" + examId)).body(listing.require(examId));
    }

    @PutMapping(path = "/{examId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ExamSummary revise(@PathVariable long examId, @RequestBody ExamDetails details) {
        authoring.revise(examId, details);
        return listing.require(examId);
    }

    @PutMapping(path = "/{examId}/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ExamSummary reschedule(@PathVariable long examId, @RequestBody ScheduleChange change) {
        authoring.reschedule(examId, change);
        return listing.require(examId);
    }

    @PostMapping("/{examId}/publish")
    public ExamSummary publish(@PathVariable long examId) {
        authoring.publish(examId);
        return listing.require(examId);
    }

    @GetMapping("/{examId}/questions")
    public List<AuthoredQuestion> questions(@PathVariable long examId) {
        return listing.questions(examId);
    }

    /** {@code {"questions":[…]}} of new questions, or {@code {"bankId":3,"questionIds":[…]}}; read raw for line numbers. */
    @PostMapping(path = "/{examId}/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public QuestionsAdded addQuestions(@PathVariable long examId, @RequestBody byte[] body) {
        int added = questionsToAdd.add(examId, QuestionBody.utf8(body));
        return new QuestionsAdded(added, listing.require(examId));
    }
}
