package io.examday.portal.attempt;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input on every candidate route is a 4xx problem with a code, never a 500, and loses nothing saved. */
@PortalIntegrationTest
class BadInputTest {


    private final ExamDay day;

    BadInputTest(ExamDay day) {
        this.day = day;
    }
    ExamDay.Candidate candidate;
    long examId;
    long attemptId;
    List<Long> questions;

    @BeforeEach
    void setUp() {
        examId = day.openExam(ExamDay.fourKinds());
        candidate = day.enrolled(examId);
        attemptId = ExamDay.start(candidate, examId);
        questions = ExamDay.questionIds(candidate, attemptId);
        for (int i = 0; i < questions.size(); i++) {
            String value = List.of("1", "[0,2]", "3.14", "\"Paris\"").get(i);
            assertThat(ExamDay.save(candidate, attemptId, questions.get(i), 3, value).status()).isEqualTo(200);
        }
    }

    @Test
    void answerBodiesOfTheWrongShapeOrKindAreRefusedAndNothingSavedIsLost() {
        String singleChoice = answerPath(0);
        String multipleChoice = answerPath(1);
        String numeric = answerPath(2);
        String shortText = answerPath(3);
        var client = candidate.client();

        expect(client.send("PUT", singleChoice, "application/json", "{\"revision\":4,\"value\":"), 400, "malformed-body");
        expect(client.send("PUT", singleChoice, "application/json", "[1,2]"), 400, "malformed-body");
        expect(client.put(singleChoice, "{\"revision\":\"four\",\"value\":1}"), 400, "malformed-body");
        expect(client.put(singleChoice, "{\"value\":1}"), 400, "invalid-input");
        expect(client.put(singleChoice, "{\"revision\":-1,\"value\":1}"), 400, "invalid-input");
        expect(client.put(singleChoice, "{\"revision\":4}"), 400, "invalid-answer");
        expect(client.put(singleChoice, "{\"revision\":4,\"value\":null}"), 400, "invalid-answer");
        expect(client.put(singleChoice, "{\"revision\":4,\"value\":{\"a\":1}}"), 400, "invalid-answer");
        expect(client.put(singleChoice, "{\"revision\":4,\"value\":true}"), 400, "invalid-answer");
        expect(client.put(singleChoice, "{\"revision\":4,\"value\":\"B\"}"), 400, "invalid-answer");
        expect(client.put(singleChoice, "{\"revision\":4,\"value\":7}"), 400, "invalid-answer");
        expect(client.put(singleChoice, "{\"revision\":4,\"value\":1.5}"), 400, "invalid-answer");
        expect(client.put(singleChoice, "{\"revision\":4,\"value\":99999999999}"), 400, "invalid-answer");
        expect(client.put(multipleChoice, "{\"revision\":4,\"value\":[\"a\",\"e\"]}"), 400, "invalid-answer");
        expect(client.put(multipleChoice, "{\"revision\":4,\"value\":[0,9]}"), 400, "invalid-answer");
        expect(client.put(multipleChoice, "{\"revision\":4,\"value\":2}"), 400, "invalid-answer");
        expect(client.put(numeric, "{\"revision\":4,\"value\":\"3.14\"}"), 400, "invalid-answer");
        expect(client.put(numeric, "{\"revision\":4,\"value\":1e400}"), 400, "invalid-answer");
        expect(client.put(shortText, "{\"revision\":4,\"value\":42}"), 400, "invalid-answer");
        expect(client.put(shortText, "{\"revision\":4,\"value\":\"" + "x".repeat(2001) + "\"}"), 400, "invalid-answer");
        // Spring MVC's own refusals (415 here, 405 below) are problem JSON with a code like every other refusal.
        var wrongType = client.send("PUT", shortText, "text/plain", "{\"revision\":4,\"value\":\"x\"}");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.code()).as(wrongType.body()).isEqualTo("unsupported-media-type");
        expect(client.put(shortText, "{\"revision\":4,\"value\":\"" + "x".repeat(300_000) + "\"}"), 413, "body-too-large");
        expect(client.put("/api/attempts/" + attemptId + "/answers/987654321", "{\"revision\":4,\"value\":1}"), 404,
                "question-not-found");
        expect(client.put("/api/attempts/" + attemptId + "/answers/abc", "{\"revision\":4,\"value\":1}"), 400, null);

        assertNothingLost();
    }

    @Test
    void unknownOrMalformedIdsOnEveryRouteAreRefused() {
        var client = candidate.client();

        expect(client.get("/api/exams/abc/lobby"), 400, null);
        expect(client.get("/api/exams/987654321/lobby"), 404, "exam-not-found");
        expect(client.post("/api/exams/abc/attempts", ""), 400, null);
        expect(client.post("/api/exams/987654321/attempts", ""), 404, "exam-not-found");
        expect(client.get("/api/attempts/abc"), 400, null);
        expect(client.get("/api/attempts/987654321"), 404, "attempt-not-found");
        expect(client.get("/api/attempts/" + attemptId + "/pages/0"), 404, "page-not-found");
        expect(client.get("/api/attempts/" + attemptId + "/pages/5"), 404, "page-not-found");
        expect(client.get("/api/attempts/" + attemptId + "/pages/one"), 400, null);
        expect(client.get("/api/attempts/" + attemptId + "/pages/99999999999"), 400, null);
        expect(client.post("/api/attempts/abc/submit", ""), 400, null);
        expect(client.post("/api/attempts/987654321/submit", ""), 404, "attempt-not-found");
        expect(client.get("/api/attempts/987654321/result"), 404, "attempt-not-found");
        expect(client.get("/api/attempts/987654321/result.pdf"), 404, "attempt-not-found");
        expect(client.post("/api/exams/" + examId + "/attempts", "x".repeat(300_000)), 413, "body-too-large");
        var wrongMethod = client.send("DELETE", "/api/attempts/" + attemptId, "application/json", "");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.code()).isEqualTo("method-not-allowed");

        assertNothingLost();
        assertThat(day.attemptStatus(attemptId)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aNulCharacterInATextAnswerIsRefusedAsAnInvalidAnswerAndTheSavedAnswerStays() {
        String shortText = answerPath(3);
        var client = candidate.client();

        expect(client.put(shortText, "{\"revision\":4,\"value\":\"Par\\u0000is\"}"), 400, "invalid-answer");
        expect(client.put(shortText, "{\"revision\":4,\"value\":\"Paris\\ud800\"}"), 400, "invalid-answer");

        assertNothingLost();
        assertThat(ExamDay.save(candidate, attemptId, questions.get(3), 4, "\"Lyon\"").status()).isEqualTo(200);
    }

    private String answerPath(int question) {
        return "/api/attempts/" + attemptId + "/answers/" + questions.get(question);
    }

    private static void expect(PortalClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(answer.code()).isEqualTo(code);
        } else {
            assertThat(answer.code()).isNotBlank();
        }
    }

    private void assertNothingLost() {
        for (int i = 0; i < questions.size(); i++) {
            var kept = ExamDay.savedAnswer(candidate, attemptId, questions.get(i));
            assertThat(kept.path("revision").asLong()).isEqualTo(3);
            assertThat(kept.path("value").toString()).isEqualTo(List.of("1", "[0,2]", "3.14", "\"Paris\"").get(i));
        }
    }
}
