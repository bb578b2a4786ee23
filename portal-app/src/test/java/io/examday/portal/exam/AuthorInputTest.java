package io.examday.portal.exam;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input on every author route is a 4xx problem with a code, never a 500, and saves nothing. */
@PortalIntegrationTest
class AuthorInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    PortalClient author;

    @BeforeEach
    void setUp() {
        author = AuthorSession.signedIn(port, jdbc, passwords, Role.AUTHOR);
    }

    @Test
    void badExamBodiesAreRefusedAndNothingIsSaved() {
        int examsBefore = count("exam");
        String code = AuthorSession.unique("BAD-");

        assertProblem(author.post("/api/exams", "{\"code\":"), 400, "malformed-body");
        assertProblem(author.post("/api/exams", "{\"code\":\"%s\",\"title\":\"t\",\"durationSeconds\":\"long\"}"
                .formatted(code)), 400, "malformed-body");
        assertProblem(author.post("/api/exams", "[]"), 400, "malformed-body");
        assertProblem(author.send("POST", "/api/exams", "text/plain", "code=x"), 415, null);
        assertProblem(author.post("/api/exams", "{\"title\":\"x\",\"padding\":\"%s\"}".formatted("x".repeat(300_000))),
                413, "body-too-large");

        var missing = author.post("/api/exams", "{\"code\":\"%s\"}".formatted(code));
        assertProblem(missing, 400, "invalid-input");
        assertThat(fields(missing.json())).contains("title", "durationSeconds", "opensAt", "closesAt");

        var backwards = author.post("/api/exams", """
                {"code":"%s","title":"t","durationSeconds":60,"opensAt":"2030-01-02T00:00:00Z",
                 "closesAt":"2030-01-01T00:00:00Z"}""".formatted(code));
        assertProblem(backwards, 400, "invalid-input");
        assertThat(fields(backwards.json())).containsExactly("closesAt");

        var badCode = author.post("/api/exams", """
                {"code":"no spaces allowed","title":"t","durationSeconds":0,"opensAt":"2030-01-01T00:00:00Z",
                 "closesAt":"2030-01-02T00:00:00Z","questionsPerPage":0}""");
        assertThat(fields(badCode.json())).containsExactly("code", "durationSeconds", "questionsPerPage");
        assertThat(count("exam")).isEqualTo(examsBefore);
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        String body = ExamAuthoringTest.examBody(AuthorSession.unique("X-"), "x");

        assertProblem(author.put("/api/exams/999999999", body), 404, "exam-not-found");
        assertProblem(author.put("/api/exams/999999999/schedule",
                "{\"opensAt\":\"2030-01-01T00:00:00Z\",\"closesAt\":\"2030-01-02T00:00:00Z\",\"durationSeconds\":60}"),
                404, "exam-not-found");
        assertProblem(author.post("/api/exams/999999999/publish", ""), 404, "exam-not-found");
        assertProblem(author.post("/api/exams/999999999/questions", ExamAuthoringTest.TWO_QUESTIONS), 404,
                "exam-not-found");
        assertProblem(author.get("/api/exams/999999999/questions"), 404, "exam-not-found");
        assertProblem(author.get("/api/exams/by-code/NO-SUCH-EXAM"), 404, "exam-not-found");
        assertProblem(author.get("/api/banks/999999999"), 404, "bank-not-found");
        assertProblem(author.put("/api/exams/not-a-number", body), 400, null);
    }

    @Test
    void badQuestionAndScheduleBodiesAreRefused() {
        long examId = author.post("/api/exams", ExamAuthoringTest.examBody(AuthorSession.unique("Q-"), "q"))
                .json().path("examId").asLong();
        String route = "/api/exams/" + examId + "/questions";

        assertProblem(author.post(route, "{\"questions\":[{\"kind\":"), 400, "malformed-body");
        assertProblem(author.post(route, "{\"bankId\":\"three\",\"questionIds\":[1]}"), 400, "invalid-input");
        assertProblem(author.post(route, "{\"bankId\":999999999,\"questionIds\":[1]}"), 404, "bank-not-found");
        assertProblem(author.post(route, "{\"questions\":[]}"), 400, "invalid-questions");
        assertProblem(author.post(route, "{\"questions\":[{\"kind\":\"NUMERIC\",\"prompt\":\"p\",\"answer\":\"x\"}]}"),
                400, "invalid-questions");
        assertProblem(author.put("/api/exams/" + examId + "/schedule", "{}"), 400, "invalid-input");
        assertProblem(author.put("/api/exams/" + examId + "/schedule", "{\"durationSeconds\":[1]}"), 400,
                "malformed-body");
        assertThat(jdbc.sql("select count(*) from exam_question where exam_id = ?").param(examId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badBanksAndOversizedImportsAreRefused() {
        int banksBefore = count("question_bank");
        String name = AuthorSession.unique("bank-");
        assertThat(author.post("/api/banks", "{\"name\":\"%s\"}".formatted(name)).status()).isEqualTo(201);

        assertProblem(author.post("/api/banks", "{\"name\":\"%s\"}".formatted(name)), 409, "bank-name-taken");
        assertProblem(author.post("/api/banks", "{\"name\":\" \"}"), 400, "invalid-input");
        assertProblem(author.post("/api/banks", "{\"name\":"), 400, "malformed-body");
        long bankId = AuthorSession.bank(author);
        assertProblem(author.send("POST", "/api/banks/" + bankId + "/questions/import", "text/csv",
                "SHORT_TEXT,p,,a,1\n".repeat(330_000)), 413, "body-too-large");
        assertProblem(author.send("POST", "/api/banks/" + bankId + "/questions/import", "application/xml", "<q/>"),
                415, null);
        assertThat(count("question_bank")).isEqualTo(banksBefore + 2);
        assertThat(jdbc.sql("select count(*) from question where bank_id = ?").param(bankId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aNulCharacterInAnExamOrBankTextIsAFieldErrorNotAConflictAndNothingIsSaved() {
        int examsBefore = count("exam");
        int banksBefore = count("question_bank");
        String code = AuthorSession.unique("NUL-");
        long examId = author.post("/api/exams", ExamAuthoringTest.examBody(code, "Algebra")).json().path("examId").asLong();

        var newExam = author.post("/api/exams", ExamAuthoringTest.examBody(AuthorSession.unique("NUL-"), "Alg\\u0000ebra"));
        var revised = author.put("/api/exams/" + examId, ExamAuthoringTest.examBody(code, "Algebra")
                .replace("\"description\":\"d\"", "\"description\":\"d\\u0000\""));
        var bank = author.post("/api/banks", "{\"name\":\"%s\\u0000\"}".formatted(AuthorSession.unique("bank-")));

        assertProblem(newExam, 400, "invalid-input");
        assertThat(fields(newExam.json())).containsExactly("title");
        assertProblem(revised, 400, "invalid-input");
        assertThat(fields(revised.json())).containsExactly("description");
        assertProblem(bank, 400, "invalid-input");
        assertThat(fields(bank.json())).containsExactly("name");
        assertThat(count("exam")).isEqualTo(examsBefore + 1);
        assertThat(count("question_bank")).isEqualTo(banksBefore);
        assertThat(author.get("/api/exams/by-code/" + code).json().path("description").asString()).isEqualTo("d");
        assertThat(author.get("/api/exams/by-code/A%00B").status()).isEqualTo(400);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static void assertProblem(PortalClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        // Spring's own 415 negotiates plain application/json; every other refusal is problem JSON.
        assertThat(answer.contentType()).startsWith(status == 415 ? "application/" : "application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        if (code != null) {
            assertThat(answer.code()).isEqualTo(code);
        }
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }
}
