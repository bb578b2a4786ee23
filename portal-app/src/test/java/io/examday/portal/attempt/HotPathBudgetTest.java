package io.examday.portal.attempt;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.StatementBudget;
import io.examday.portal.exam.ExamCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Every candidate hot-path request runs at most three SQL statements, and exam content comes from the cache. */
@PortalIntegrationTest
class HotPathBudgetTest {

    static final String LOBBY = "/api/exams/{examId}/lobby";
    static final String START = "/api/exams/{examId}/attempts";
    static final String ATTEMPT = "/api/attempts/{attemptId}";
    static final String PAGE = "/api/attempts/{attemptId}/pages/{page}";
    static final String SAVE = "/api/attempts/{attemptId}/answers/{questionId}";
    static final String SUBMIT = "/api/attempts/{attemptId}/submit";
    static final String RESULT = "/api/attempts/{attemptId}/result";

    @Autowired
    MeterRegistry registry;

    private final ExamDay day;

    HotPathBudgetTest(ExamDay day) {
        this.day = day;
    }
    RequestCost cost;

    @BeforeEach
    void setUp() {
        cost = new RequestCost(registry);
    }

    @Test
    void eachHotPathRequestStaysWithinItsStatementBudget() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        var client = candidate.client();
        client.get("/api/exams/" + examId + "/lobby");
        AtomicLong attempt = new AtomicLong();

        double lobby = cost.of("GET", LOBBY, () -> client.get("/api/exams/" + examId + "/lobby"));
        double start = cost.of("POST", START, () ->
                attempt.set(client.post("/api/exams/" + examId + "/attempts", "").json().path("attemptId").asLong()));
        double restart = cost.of("POST", START, () -> client.post("/api/exams/" + examId + "/attempts", ""));
        String path = "/api/attempts/" + attempt.get();
        double read = cost.of("GET", ATTEMPT, () -> client.get(path));
        double firstPage = cost.of("GET", PAGE, () -> client.get(path + "/pages/1"));
        long questionId = client.get(path + "/pages/1").json().path("questions").get(0).path("questionId").asLong();
        double save = cost.of("PUT", SAVE, () -> client.put(path + "/answers/" + questionId, "{\"revision\":1,\"value\":1}"));
        double resave = cost.of("PUT", SAVE, () -> client.put(path + "/answers/" + questionId, "{\"revision\":1,\"value\":1}"));
        double stale = cost.of("PUT", SAVE, () -> client.put(path + "/answers/" + questionId, "{\"revision\":0,\"value\":2}"));
        double submit = cost.of("POST", SUBMIT, () -> client.post(path + "/submit", ""));
        double resubmit = cost.of("POST", SUBMIT, () -> client.post(path + "/submit", ""));
        double result = cost.of("GET", RESULT, () -> client.get(path + "/result"));

        assertThat(lobby).as("lobby").isZero();
        assertThat(start).as("first start").isEqualTo(1);
        assertThat(restart).as("repeated start: the insert finds it, then it is read").isEqualTo(2);
        assertThat(read).as("attempt read").isEqualTo(1);
        assertThat(firstPage).as("first page read (loads the exam content once)").isEqualTo(3);
        assertThat(save).as("save").isEqualTo(1);
        assertThat(resave).as("identical resave: nothing written, one diagnostic read").isEqualTo(2);
        assertThat(stale).as("stale save").isEqualTo(2);
        assertThat(submit).as("submit: close and queue grading").isEqualTo(2);
        assertThat(resubmit).as("repeated submit").isEqualTo(2);
        assertThat(result).as("result").isEqualTo(1);

        var budget = new StatementBudget(registry);
        for (String[] route : new String[][] {{"POST", START}, {"GET", PAGE}, {"PUT", SAVE}, {"POST", SUBMIT}}) {
            assertThat(budget.maxFor(route[0], route[1])).as(route[0] + " " + route[1]).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aRepeatedPageReadRunsNoExamSqlAndHitsTheCache() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        String page = "/api/attempts/" + attemptId + "/pages/2";
        double hitsBefore = cost.cacheHits(ExamCatalog.CONTENTS);

        double cold = cost.of("GET", PAGE, () -> candidate.client().get(page));
        double warm = cost.of("GET", PAGE, () -> candidate.client().get(page));
        double warmAgain = cost.of("GET", PAGE, () -> candidate.client().get(page));

        // The attempt row and the page's answers: nothing about the exam itself once it is cached.
        assertThat(warm).isEqualTo(2);
        assertThat(warmAgain).isEqualTo(2);
        assertThat(cold).isEqualTo(3);
        assertThat(cost.cacheHits(ExamCatalog.CONTENTS)).isGreaterThanOrEqualTo(hitsBefore + 2);
    }
}
