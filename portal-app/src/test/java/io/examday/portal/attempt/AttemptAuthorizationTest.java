package io.examday.portal.attempt;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A candidate reaches only their own attempts and none of the staff's routes. */
@PortalIntegrationTest
class AttemptAuthorizationTest {

    @LocalServerPort
    int port;

    private final ExamDay day;

    AttemptAuthorizationTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void aCandidateCanNeitherReadNorChangeAnothersAttempt() {
        long examId = day.openExam(ExamDay.fourKinds());
        var owner = day.enrolled(examId);
        long attemptId = ExamDay.start(owner, examId);
        long questionId = ExamDay.questionIds(owner, attemptId).getFirst();
        assertThat(ExamDay.save(owner, attemptId, questionId, 1, "1").status()).isEqualTo(200);
        var intruder = day.enrolled(examId);
        var other = intruder.client();
        String attempt = "/api/attempts/" + attemptId;

        for (var answer : new PortalClient.Answer[] {
                other.get(attempt),
                other.get(attempt + "/pages/1"),
                other.put(attempt + "/answers/" + questionId, "{\"revision\":9,\"value\":3}"),
                other.post(attempt + "/submit", ""),
                other.get(attempt + "/result"),
                other.get(attempt + "/result.pdf")}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
            assertThat(answer.code()).isEqualTo("attempt-not-found");
        }
        assertThat(day.attemptStatus(attemptId)).isEqualTo("IN_PROGRESS");
        var kept = ExamDay.savedAnswer(owner, attemptId, questionId);
        assertThat(kept.path("value").asInt()).isEqualTo(1);
        assertThat(kept.path("revision").asLong()).isEqualTo(1);
    }

    @Test
    void aCandidateCannotCallAuthorProctorOrOperatorRoutes() {
        long examId = day.openExam(ExamDay.fourKinds());
        var client = day.enrolled(examId).client();

        for (var answer : new PortalClient.Answer[] {
                client.get("/api/exams"),
                client.post("/api/exams", "{\"code\":\"X\"}"),
                client.put("/api/exams/" + examId + "/schedule", "{}"),
                client.get("/api/banks"),
                client.get("/api/proctor/exams/" + examId + "/live"),
                client.post("/api/proctor/attempts/1/extension", "{\"seconds\":600}"),
                client.get("/api/ops/audit?examCode=X")}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.code()).isEqualTo("forbidden");
        }
    }

    @Test
    void withoutSigningInTheCandidateApiAnswers401ProblemJson() {
        var anonymous = new PortalClient(port);

        for (var answer : new PortalClient.Answer[] {
                anonymous.get("/api/me/exams"),
                anonymous.get("/api/exams/1/lobby"),
                anonymous.post("/api/exams/1/attempts", ""),
                anonymous.get("/api/attempts/1/pages/1")}) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.code()).isEqualTo("sign-in-required");
        }
    }

    @Test
    void staffCannotUseTheCandidateApi() {
        var author = new PortalClient(port);
        var person = day.fixtures().person(Role.ADMIN);
        assertThat(author.signInWithPassword(person.username(), Fixtures.PASSWORD).status())
                .isEqualTo(200);

        assertThat(author.get("/api/me/exams").status()).isEqualTo(403);
        assertThat(author.post("/api/exams/1/attempts", "").status()).isEqualTo(403);
    }
}
