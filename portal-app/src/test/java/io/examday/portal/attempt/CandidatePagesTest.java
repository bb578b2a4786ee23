package io.examday.portal.attempt;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate's pages over HTTP: where each role lands, and refusals shown as readable pages. */
@PortalIntegrationTest
class CandidatePagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final ExamDay day;

    CandidatePagesTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void theStartPageSendsEachRoleToItsOwnPages() throws Exception {
        for (var role : Role.values()) {
            var person = day.fixtures().person(role);
            String signIn = role == Role.CANDIDATE
                    ? "{\"username\":\"%s\",\"admissionCode\":\"%s\"}".formatted(person.username(), person.admissionCode())
                    : "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(person.username(), Fixtures.PASSWORD);
            String expected = switch (role) {
                case CANDIDATE -> "/exams";
                case AUTHOR, ADMIN -> "/author";
                case PROCTOR -> "/proctor";
            };
            assertThat(startPageRedirect(signIn)).as(role.name()).endsWith(expected);
        }
    }

    @Test
    void theSignInPageHasOneFieldForPasswordOrAdmissionCode() {
        var page = new PortalClient(port).get("/login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Password or admission code").contains("name=\"_csrf\"");
    }

    @Test
    void theExamsPageListsTheCandidatesExamsByState() {
        long open = day.openExam(ExamDay.fourKinds());
        long upcoming = day.exam(Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(2)), 3600,
                ExamDay.fourKinds());
        var candidate = day.enrolled(open);
        day.fixtures().enrol(upcoming, candidate.person().id(), 0);

        var page = candidate.client().get("/exams");

        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body.indexOf("Open now")).isLessThan(body.indexOf("data-exam-id=\"" + open + "\""));
        assertThat(body.indexOf("Scheduled")).isLessThan(body.indexOf("data-exam-id=\"" + upcoming + "\""));
        assertThat(body).contains(candidate.person().username().replace("candidate-", "Test candidate-"));
    }

    @Test
    void refusalsOnPagesAreReadableMessagesWithoutStackTraces() {
        long examId = day.openExam(ExamDay.fourKinds());
        var owner = day.enrolled(examId);
        long attemptId = ExamDay.start(owner, examId);
        var other = day.enrolled(examId).client();
        long upcoming = day.exam(Instant.now().plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(2)), 3600,
                ExamDay.fourKinds());
        var early = day.enrolled(upcoming).client();

        assertReadable(other.get("/attempts/" + attemptId), 404, "You have no attempt " + attemptId);
        assertReadable(owner.client().get("/attempts/" + attemptId + "?page=9"), 404, "Page 9 does not exist");
        assertReadable(owner.client().get("/attempts/" + attemptId + "?page=nine"), 400, "invalid page");
        assertReadable(owner.client().get("/attempts/nine"), 400, "invalid attemptId");
        assertReadable(owner.client().get("/exams/987654321/lobby"), 404, "No exam 987654321");
        String csrf = csrf(early.get("/exams/" + upcoming + "/lobby").body());
        assertReadable(early.send("POST", "/exams/" + upcoming + "/start", "application/x-www-form-urlencoded",
                "_csrf=" + csrf), 409, "The exam is open from");
    }

    @Test
    void theAttemptPageShowsTheSavedAnswerAndAClosedAttemptLeadsToItsResult() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).get(3);
        assertThat(ExamDay.save(candidate, attemptId, questionId, 1, "\"Lyon <b>\"").status()).isEqualTo(200);

        var page = candidate.client().get("/attempts/" + attemptId + "?page=4");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Lyon &lt;b&gt;</textarea>").contains("id=\"timer\"").contains("id=\"autosave\"");

        String csrf = csrf(page.body());
        var submitted = candidate.client().send("POST", "/attempts/" + attemptId + "/submit",
                "application/x-www-form-urlencoded", "_csrf=" + csrf);
        assertThat(submitted.status()).isEqualTo(302);
        assertThat(day.attemptStatus(attemptId)).isEqualTo("SUBMITTED");
        var result = candidate.client().get("/attempts/" + attemptId + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("Your result");
    }

    private static void assertReadable(PortalClient.Answer page, int status, String message) {
        assertThat(page.status()).as(page.body()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains(message).doesNotContain("Exception").doesNotContain("at io.examday");
    }

    private static String csrf(String html) {
        var matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    /** Where "/" redirects after this sign-in; PortalClient does not show headers, so a plain client with cookies. */
    private String startPageRedirect(String signInBody) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        var signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(signInBody)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        var start = http.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(start.statusCode()).isEqualTo(302);
        return start.headers().firstValue("Location").orElseThrow();
    }
}
