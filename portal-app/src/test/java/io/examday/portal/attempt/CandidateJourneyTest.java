package io.examday.portal.attempt;

import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PortalIntegrationTest
class CandidateJourneyTest {


    private final ExamDay day;

    CandidateJourneyTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void candidateSitsAnExamFromLobbyToGradedResultAndPdf() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        var client = candidate.client();

        var exams = client.get("/api/me/exams");
        assertThat(exams.status()).isEqualTo(200);
        assertThat(exams.json().get(0).path("examId").asLong()).isEqualTo(examId);
        assertThat(exams.json().get(0).path("state").asString()).isEqualTo("OPEN");
        assertThat(exams.json().get(0).path("attemptId").isNull()).isTrue();

        var lobby = client.get("/api/exams/" + examId + "/lobby");
        assertThat(lobby.status()).isEqualTo(200);
        assertThat(lobby.json().path("state").asString()).isEqualTo("OPEN");
        assertThat(Instant.parse(lobby.json().path("serverTime").asString()))
                .isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));

        var started = client.post("/api/exams/" + examId + "/attempts", "");
        assertThat(started.status()).isEqualTo(201);
        long attemptId = started.json().path("attemptId").asLong();
        assertThat(started.json().path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(started.json().path("questionCount").asInt()).isEqualTo(4);
        assertThat(started.json().path("pageCount").asInt()).isEqualTo(4);
        assertThat(started.json().path("secondsLeft").asLong()).isBetween(3590L, 3600L);

        var page1 = client.get("/api/attempts/" + attemptId + "/pages/1");
        assertThat(page1.status()).isEqualTo(200);
        assertThat(page1.body()).doesNotContain("answer_key").doesNotContain("\"Paris\"");
        var question = page1.json().path("questions").get(0);
        assertThat(question.path("kind").asString()).isEqualTo("SINGLE_CHOICE");
        assertThat(question.path("options").size()).isEqualTo(4);
        assertThat(question.path("answer").isNull()).isTrue();

        List<Long> ids = ExamDay.questionIds(candidate, attemptId);
        assertThat(ExamDay.save(candidate, attemptId, ids.get(0), 1, "3").status()).isEqualTo(200);
        // Revised: the right option, with a newer revision.
        var revised = ExamDay.save(candidate, attemptId, ids.get(0), 2, "1");
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().path("revision").asLong()).isEqualTo(2);
        assertThat(revised.json().path("secondsLeft").asLong()).isPositive();
        assertThat(ExamDay.save(candidate, attemptId, ids.get(1), 1, "[2,0]").status()).isEqualTo(200);
        assertThat(ExamDay.save(candidate, attemptId, ids.get(2), 1, "3.141").status()).isEqualTo(200);
        assertThat(ExamDay.save(candidate, attemptId, ids.get(3), 1, "\"  paris \"").status()).isEqualTo(200);

        var readBack = ExamDay.savedAnswer(candidate, attemptId, ids.get(0));
        assertThat(readBack.path("value").asInt()).isEqualTo(1);
        assertThat(readBack.path("revision").asLong()).isEqualTo(2);

        var submitted = client.post("/api/attempts/" + attemptId + "/submit", "");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().path("status").asString()).isEqualTo("SUBMITTED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var result = client.get("/api/attempts/" + attemptId + "/result").json();
            assertThat(result.path("status").asString()).isEqualTo("GRADED");
            assertThat(result.path("pdfReady").asBoolean()).isTrue();
        });
        var result = client.get("/api/attempts/" + attemptId + "/result").json();
        assertThat(result.path("score").asDouble()).isEqualTo(6.0);
        assertThat(result.path("maxScore").asDouble()).isEqualTo(6.0);

        var pdf = client.get("/api/attempts/" + attemptId + "/result.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        var listed = client.get("/api/me/exams").json().get(0);
        assertThat(listed.path("attemptId").asLong()).isEqualTo(attemptId);
        assertThat(listed.path("attemptStatus").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void resultIsPendingUntilGradedAndItsPdfIsRefusedMeanwhile() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);

        var result = candidate.client().get("/api/attempts/" + attemptId + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(result.json().path("pdfReady").asBoolean()).isFalse();

        var pdf = candidate.client().get("/api/attempts/" + attemptId + "/result.pdf");
        assertThat(pdf.status()).isEqualTo(409);
        assertThat(pdf.code()).isEqualTo("result-pending");
    }
}
