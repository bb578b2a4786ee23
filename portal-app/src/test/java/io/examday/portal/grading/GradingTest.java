package io.examday.portal.grading;

import io.examday.portal.Fixtures.Question;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Scoring per question kind, all or nothing, seen through the candidate's result. */
@PortalIntegrationTest
class GradingTest {


    private final ExamDay day;

    GradingTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void eachKindIsScoredByItsOwnRule() {
        String options = "[\"a\",\"b\",\"c\",\"d\"]";
        // Each question with the answer the candidate gives and whether it earns the point.
        record Case(Question question, String answer, boolean right) {
        }
        List<Case> cases = List.of(
                new Case(new Question("SINGLE_CHOICE", "single, right", options, "1", null, 1), "1", true),
                new Case(new Question("SINGLE_CHOICE", "single, wrong", options, "1", null, 1), "2", false),
                new Case(new Question("MULTIPLE_CHOICE", "set in another order", options, "[0,2]", null, 1), "[2,0]", true),
                new Case(new Question("MULTIPLE_CHOICE", "subset", options, "[0,2]", null, 1), "[0]", false),
                new Case(new Question("MULTIPLE_CHOICE", "superset", options, "[0,2]", null, 1), "[0,1,2]", false),
                new Case(new Question("NUMERIC", "within tolerance", "[]", "3.14", 0.005, 1), "3.144", true),
                new Case(new Question("NUMERIC", "outside tolerance", "[]", "3.14", 0.005, 1), "3.15", false),
                new Case(new Question("NUMERIC", "exact without tolerance", "[]", "42", null, 1), "42.0", true),
                new Case(new Question("SHORT_TEXT", "case and spaces", "[]", "\"New York\"", null, 1), "\"  new   YORK \"", true),
                new Case(new Question("SHORT_TEXT", "different word", "[]", "\"New York\"", null, 1), "\"Newark\"", false),
                new Case(new Question("SINGLE_CHOICE", "unanswered", options, "0", null, 3), null, false));
        long examId = day.openExam(cases.stream().map(Case::question).toList());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        List<Long> ids = ExamDay.questionIds(candidate, attemptId);
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).answer() != null) {
                var saved = ExamDay.save(candidate, attemptId, ids.get(i), 1, cases.get(i).answer());
                assertThat(saved.status()).as(cases.get(i).question().prompt()).isEqualTo(200);
            }
        }

        assertThat(candidate.client().post("/api/attempts/" + attemptId + "/submit", "").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(candidate.client()
                .get("/api/attempts/" + attemptId + "/result").json().path("status").asString()).isEqualTo("GRADED"));
        var result = candidate.client().get("/api/attempts/" + attemptId + "/result").json();
        assertThat(result.path("score").asDouble()).isEqualTo(cases.stream().filter(Case::right).count());
        assertThat(result.path("maxScore").asDouble()).isEqualTo(13.0);
    }
}
