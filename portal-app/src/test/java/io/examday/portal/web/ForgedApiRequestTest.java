package io.examday.portal.web;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import io.examday.portal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change to the API that a foreign page could forge (a form, multipart or text/plain body, or none, and no custom
 * header) is refused and changes nothing; the same request with JSON or the portal's header goes through.
 */
@PortalIntegrationTest
class ForgedApiRequestTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Value("${local.server.port}")
    int port;

    private final ExamDay day;

    ForgedApiRequestTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void aTextPlainSubmitIsRefusedAndTheAttemptStaysOpenUntilSentWithTheHeader() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        String submit = "/api/attempts/" + attemptId + "/submit";

        var forged = candidate.client().forged("POST", submit, "text/plain", "x");
        var encodedPath = candidate.client().forged("POST", "/%61pi/attempts/" + attemptId + "/submit", "text/plain", "x");

        assertRefused(forged);
        assertRefused(encodedPath);
        assertThat(day.attemptStatus(attemptId)).isEqualTo("IN_PROGRESS");
        var sent = candidate.client().send("POST", submit, "text/plain", "x");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(day.attemptStatus(attemptId)).isEqualTo("SUBMITTED");
    }

    @Test
    void aStartWithoutABodyNeedsTheHeaderOrAJsonContentType() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        String start = "/api/exams/" + examId + "/attempts";

        assertRefused(candidate.client().forged("POST", start, null, ""));
        assertRefused(candidate.client().forged("POST", start, "application/x-www-form-urlencoded", "a=1"));
        assertThat(attempts(examId)).isZero();
        assertThat(candidate.client().forged("POST", start, "application/json", "").status()).isEqualTo(201);
        assertThat(attempts(examId)).isEqualTo(1);
    }

    @Test
    void aFormEncodedSignInIsRefusedAndAJsonOneSignsIn() {
        var person = day.fixtures().candidate();
        var client = new PortalClient(port);

        var forged = client.forged("POST", "/api/session", "application/x-www-form-urlencoded",
                "username=" + person.username() + "&admissionCode=" + person.admissionCode());

        assertRefused(forged);
        assertThat(forged.header("Set-Cookie")).doesNotContain("SESSION");
        assertThat(client.get("/api/session").status()).isEqualTo(401);
        assertThat(client.signInWithCode(person.username(), person.admissionCode()).status()).isEqualTo(200);
        assertThat(client.get("/api/session").status()).isEqualTo(200);
    }

    @Test
    void aCsvEnrolmentWithoutTheHeaderEnrolsNobodyAndWithItEnrols() {
        var fixtures = new Fixtures(jdbc, passwords);
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = fixtures.candidate();
        var author = new PortalClient(port);
        assertThat(author.signInWithPassword(fixtures.person(Role.AUTHOR).username(), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        String enrolments = "/api/exams/" + examId + "/enrolments";

        assertRefused(author.forged("POST", enrolments, "text/csv", candidate.username() + "\n"));
        assertRefused(author.forged("POST", enrolments, "text/plain", candidate.username() + "\n"));
        assertThat(enrolled(examId)).isZero();
        var sent = author.send("POST", enrolments, "text/csv", candidate.username() + "\n");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(enrolled(examId)).isEqualTo(1);
    }

    @Test
    void signingOutWithoutTheHeaderKeepsTheSession() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);

        assertRefused(candidate.client().forged("DELETE", "/api/session", null, ""));
        assertThat(candidate.client().get("/api/session").status()).isEqualTo(200);
        assertThat(candidate.client().delete("/api/session").status()).isEqualTo(204);
        assertThat(candidate.client().get("/api/session").status()).isEqualTo(401);
    }

    private static void assertRefused(PortalClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("csrf-header-required");
    }

    private long attempts(long examId) {
        return jdbc.sql("select count(*) from attempt where exam_id = ?").param(examId).query(Long.class).single();
    }

    private long enrolled(long examId) {
        return jdbc.sql("select count(*) from enrolment where exam_id = ?").param(examId).query(Long.class).single();
    }
}
