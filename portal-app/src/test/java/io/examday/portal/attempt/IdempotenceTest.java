package io.examday.portal.attempt;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts, saves and submits may be repeated or race, and still leave exactly one consistent record. */
@PortalIntegrationTest
class IdempotenceTest {

    @Autowired
    JdbcClient jdbc;

    private final ExamDay day;

    IdempotenceTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void repeatedStartAnswersTheSameAttemptWith200() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);

        var first = candidate.client().post("/api/exams/" + examId + "/attempts", "");
        var again = candidate.client().post("/api/exams/" + examId + "/attempts", "");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("attemptId").asLong()).isEqualTo(first.json().path("attemptId").asLong());
        assertThat(again.json().path("deadline").asString()).isEqualTo(first.json().path("deadline").asString());
    }

    @Test
    void concurrentStartsFromOneCandidateCreateOneAttempt() throws Exception {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        candidate.client().get("/api/exams/" + examId + "/lobby");

        List<PortalClient.Answer> answers = race(Collections.nCopies(16, () ->
                candidate.client().post("/api/exams/" + examId + "/attempts", "")));

        assertThat(answers).extracting(PortalClient.Answer::status).containsOnly(200, 201);
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).extracting(a -> a.json().path("attemptId").asLong()).containsOnly(
                answers.getFirst().json().path("attemptId").asLong());
        assertThat(jdbc.sql("select count(*) from attempt where exam_id = ? and candidate_id = ?")
                .params(examId, candidate.person().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void identicalResaveWritesNothingAndAnOlderRevisionIsRefusedAsStale() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();

        var saved = ExamDay.save(candidate, attemptId, questionId, 5, "2");
        var resaved = ExamDay.save(candidate, attemptId, questionId, 5, "2");
        var stale = ExamDay.save(candidate, attemptId, questionId, 4, "0");
        var sameRevisionOtherValue = ExamDay.save(candidate, attemptId, questionId, 5, "3");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(resaved.status()).isEqualTo(200);
        assertThat(resaved.json().path("savedAt").asString()).isEqualTo(saved.json().path("savedAt").asString());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("stale-revision");
        assertThat(stale.json().path("currentRevision").asLong()).isEqualTo(5);
        assertThat(sameRevisionOtherValue.status()).isEqualTo(409);
        assertThat(sameRevisionOtherValue.code()).isEqualTo("stale-revision");
        var kept = ExamDay.savedAnswer(candidate, attemptId, questionId);
        assertThat(kept.path("value").asInt()).isEqualTo(2);
        assertThat(kept.path("revision").asLong()).isEqualTo(5);
    }

    @Test
    void twoConcurrentSavesOfOneAnswerKeepTheNewestRevision() throws Exception {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).get(3);

        for (int round = 0; round < 10; round++) {
            long older = 2L * round + 1;
            long newer = older + 1;
            var results = race(List.of(
                    () -> ExamDay.save(candidate, attemptId, questionId, older, "\"revision " + older + "\""),
                    () -> ExamDay.save(candidate, attemptId, questionId, newer, "\"revision " + newer + "\"")));
            assertThat(results.get(1).status()).isEqualTo(200);
            assertThat(results.get(0).status()).isIn(200, 409);
            var kept = ExamDay.savedAnswer(candidate, attemptId, questionId);
            assertThat(kept.path("revision").asLong()).isEqualTo(newer);
            assertThat(kept.path("value").asString()).isEqualTo("revision " + newer);
        }
    }

    @Test
    void repeatedSubmitAnswersTheSameReceiptAndQueuesGradingOnce() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);

        var first = candidate.client().post("/api/attempts/" + attemptId + "/submit", "");
        var again = candidate.client().post("/api/attempts/" + attemptId + "/submit", "");

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(again.json().path("submittedAt").asString()).isEqualTo(first.json().path("submittedAt").asString());
        assertThat(jdbc.sql("select count(*) from job where attempt_id = ? and kind = 'GRADE'")
                .param(attemptId).query(Long.class).single()).isEqualTo(1);
    }

    /** Runs the calls at once, released together; answers in the order of the calls. */
    private static List<PortalClient.Answer> race(List<Supplier<PortalClient.Answer>> calls) throws Exception {
        var go = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PortalClient.Answer>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(threads.submit(() -> {
                    go.await();
                    return call.get();
                }));
            }
            go.countDown();
            List<PortalClient.Answer> answers = new ArrayList<>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }
}
