package io.examday.portal.attempt;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** With the n-plus-one regression switched on, a page read costs a statement per question of the exam. */
@PortalIntegrationTest
@TestPropertySource(properties = "examday.regression.n-plus-one=true")
class NPlusOneRegressionTest {

    @Autowired
    MeterRegistry registry;

    private final ExamDay day;

    NPlusOneRegressionTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void aPageReadLoadsTheAnswersOneStatementPerQuestionAndStillShowsThem() {
        int questions = 12;
        long examId = day.openExam(Collections.nCopies(questions, Fixtures.Question.singleChoice("Pick B", 1)));
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        String page = "/api/attempts/" + attemptId + "/pages/1";
        long questionId = candidate.client().get(page).json().path("questions").get(0).path("questionId").asLong();
        assertThat(ExamDay.save(candidate, attemptId, questionId, 1, "1").status()).isEqualTo(200);

        double statements = new RequestCost(registry).of("GET", HotPathBudgetTest.PAGE, () -> candidate.client().get(page));

        assertThat(statements).isEqualTo(1 + questions);
        var answer = candidate.client().get(page).json().path("questions").get(0).path("answer");
        assertThat(answer.path("value").asInt()).isEqualTo(1);
    }
}
