package io.examday.portal.web;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An API path written with percent-encoded letters is the API all the same: its body limit holds. */
@PortalIntegrationTest
class EncodedApiPathTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebProperties limits;

    private final ExamDay day;

    EncodedApiPathTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void anOversizedBodyToAPercentEncodedApiPathIsRefusedAndNotSaved() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();
        // A valid save, padded with whitespace past the JSON limit: only the limit can refuse it.
        String padded = "{\"revision\":1,\"value\":1" + " ".repeat((int) limits.maxJsonBody().toBytes()) + "}";

        var refused = candidate.client().put("/%61pi/attempts/" + attemptId + "/answers/" + questionId, padded);

        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("body-too-large");
        assertThat(jdbc.sql("select count(*) from answer where attempt_id = ?").param(attemptId).query(Long.class).single())
                .isZero();
    }

    @Test
    void aPercentEncodedApiPathReachesTheSameRouteWithinTheLimit() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();

        var saved = candidate.client().put("/%61pi/attempts/" + attemptId + "/answers/" + questionId,
                "{\"revision\":1,\"value\":1}");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.contentType()).startsWith("application/json");
    }
}
