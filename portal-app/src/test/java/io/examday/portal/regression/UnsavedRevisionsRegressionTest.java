package io.examday.portal.regression;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With the unsaved-revisions regression switched on, a later revision is acknowledged but never stored. */
@PortalIntegrationTest
@TestPropertySource(properties = "examday.regression.unsaved-revisions=true")
class UnsavedRevisionsRegressionTest {

    @Autowired
    JdbcClient jdbc;

    private final ExamDay day;

    UnsavedRevisionsRegressionTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void aSecondRevisionIsAcknowledgedButTheDatabaseKeepsTheFirst() {
        long examId = day.openExam(List.of(Fixtures.Question.singleChoice("Pick B", 1)));
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();

        assertThat(ExamDay.save(candidate, attemptId, questionId, 1, "0").status()).isEqualTo(200);
        var second = ExamDay.save(candidate, attemptId, questionId, 2, "1");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("revision").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("select revision from answer where attempt_id = ? and question_id = ?")
                .params(attemptId, questionId).query(Long.class).single()).isEqualTo(1);
        assertThat(ExamDay.savedAnswer(candidate, attemptId, questionId).path("value").asInt()).isZero();
    }
}
