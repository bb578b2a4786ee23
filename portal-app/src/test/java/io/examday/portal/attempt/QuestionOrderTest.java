package io.examday.portal.attempt;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each attempt keeps the order it was given; shuffled exams give each attempt its own; pages hold several. */
@PortalIntegrationTest
class QuestionOrderTest {

    @Autowired
    JdbcClient jdbc;

    private final ExamDay day;

    QuestionOrderTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void aShuffledExamGivesEachAttemptItsOwnPermutationOfTheQuestions() {
        long examId = exam(12, 1, true);
        Set<List<Long>> orders = new HashSet<>();
        List<Long> examOrder = null;
        for (int i = 0; i < 5; i++) {
            var candidate = day.enrolled(examId);
            long attemptId = ExamDay.start(candidate, examId);
            List<Long> order = ExamDay.questionIds(candidate, attemptId);
            assertThat(ExamDay.questionIds(candidate, attemptId)).as("stable on rereading").isEqualTo(order);
            examOrder = examOrder == null ? order.stream().sorted().toList() : examOrder;
            assertThat(order).containsExactlyInAnyOrderElementsOf(examOrder);
            orders.add(order);
        }
        // Five identical shuffles of twelve questions happen with probability (1/12!)^4.
        assertThat(orders).hasSizeGreaterThan(1);
    }

    @Test
    void anUnshuffledExamShowsExamOrderSeveralQuestionsAPage() {
        long examId = exam(7, 3, false);
        var candidate = day.enrolled(examId);

        var started = candidate.client().post("/api/exams/" + examId + "/attempts", "").json();
        long attemptId = started.path("attemptId").asLong();
        assertThat(started.path("pageCount").asInt()).isEqualTo(3);

        List<Integer> perPage = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            var questions = candidate.client().get("/api/attempts/" + attemptId + "/pages/" + page).json().path("questions");
            perPage.add(questions.size());
            questions.forEach(q -> {
                prompts.add(q.path("prompt").asString());
                numbers.add(q.path("number").asInt());
            });
        }
        assertThat(perPage).containsExactly(3, 3, 1);
        assertThat(prompts).containsExactlyElementsOf(IntStream.range(0, 7).mapToObj(i -> "Question " + i).toList());
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    private long exam(int questions, int perPage, boolean shuffled) {
        long examId = day.openExam(IntStream.range(0, questions)
                .mapToObj(i -> Fixtures.Question.singleChoice("Question " + i, 0)).toList());
        // Before anything caches the exam: Fixtures publishes with the defaults.
        jdbc.sql("update exam set questions_per_page = ?, shuffle_questions = ? where id = ?")
                .params(perPage, shuffled, examId).update();
        return examId;
    }
}
