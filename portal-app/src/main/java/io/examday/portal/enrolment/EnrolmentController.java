package io.examday.portal.enrolment;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code POST /api/exams/{examId}/enrolments} as JSON or CSV (role AUTHOR; see API.md). */
@RestController
class EnrolmentController {

    private static final String ROUTE = "/api/exams/{examId}/enrolments";

    private final BulkEnrolment enrolment;

    EnrolmentController(BulkEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    public record Usernames(List<String> usernames) {
    }

    @PostMapping(path = ROUTE, consumes = MediaType.APPLICATION_JSON_VALUE)
    public EnrolmentOutcome enrolJson(@PathVariable long examId, @RequestBody Usernames body) {
        return enrolment.enrol(examId, EnrolmentList.fromJson(body.usernames()));
    }

    @PostMapping(path = ROUTE, consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    public EnrolmentOutcome enrolCsv(@PathVariable long examId, @RequestBody(required = false) byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return enrolment.enrol(examId, EnrolmentList.fromCsv(text));
    }
}
