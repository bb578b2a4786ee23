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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class AuthorPagesTest {

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
    void authorCreatesAnExamImportsQuestionsAndPublishesThroughThePages() {
        String code = AuthorSession.unique("PG-");
        var created = PageForm.from(author, "/author").post("/author/exams", examForm(code, "60"));
        assertThat(created.status()).isEqualTo(302);
        long examId = examId(code);

        var page = author.get("/author/exams/" + examId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(code).contains("Publish");

        var uploaded = PageForm.from(author, "/author/exams/" + examId + "/import").upload(
                "/author/exams/" + examId + "/import", "questions.csv",
                "kind,prompt,options,answer,points\nSINGLE_CHOICE,\"Which, of these?\",A|B,1,1\n", Map.of("format", "auto"));
        assertThat(uploaded.status()).isEqualTo(302);
        var published = PageForm.from(author, "/author/exams/" + examId).post("/author/exams/" + examId + "/publish", Map.of());
        assertThat(published.status()).isEqualTo(302);

        var after = author.get("/author/exams/" + examId).body();
        assertThat(after).contains("Which, of these?").contains("PUBLISHED").contains("content is frozen");
        assertThat(author.get("/author").body()).contains(code);
    }

    @Test
    void authorFillsABankFromPastedJsonAndAddsItsQuestionsToAnExam() {
        String name = AuthorSession.unique("bank-");
        assertThat(PageForm.from(author, "/author").post("/author/banks", Map.of("name", name)).status()).isEqualTo(302);
        long bankId = jdbc.sql("select id from question_bank where name = ?").param(name).query(Long.class).single();
        var imported = PageForm.from(author, "/author/banks/" + bankId).post("/author/banks/" + bankId + "/import",
                Map.of("format", "auto", "text", "[{\"kind\":\"SHORT_TEXT\",\"prompt\":\"Capital of Peru?\",\"answer\":\"Lima\"}]"));
        assertThat(imported.status()).isEqualTo(302);
        assertThat(author.get("/author/banks/" + bankId).body()).contains("Capital of Peru?");
        long examId = author.post("/api/exams", ExamAuthoringTest.examBody(AuthorSession.unique("PG-"), "x"))
                .json().path("examId").asLong();

        var added = PageForm.from(author, "/author/exams/" + examId).post("/author/exams/" + examId + "/bank-questions",
                Map.of("bankId", Long.toString(bankId), "questionIds", ""));

        assertThat(added.status()).isEqualTo(302);
        assertThat(author.get("/author/exams/" + examId).body()).contains("Capital of Peru?");
    }

    @Test
    void badFormValuesAreShownOnTheFormAndNothingIsSaved() {
        String code = AuthorSession.unique("PG-");

        var refused = PageForm.from(author, "/author").post("/author/exams", examForm(code, "an hour"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body()).contains("durationSeconds").contains("must be a whole number").contains(code);
        assertThat(jdbc.sql("select count(*) from exam where code = ?").param(code).query(Integer.class).single()).isZero();
    }

    @Test
    void aNulCharacterInAnExamTitleIsShownOnTheFormAndNothingIsSaved() {
        String code = AuthorSession.unique("PG-");
        var form = new java.util.HashMap<>(examForm(code, "60"));
        form.put("title", "Page\u0000exam");

        var refused = PageForm.from(author, "/author").post("/author/exams", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body()).contains("title").contains("must not contain the NUL character");
        assertThat(jdbc.sql("select count(*) from exam where code = ?").param(code).query(Integer.class).single()).isZero();
    }

    @Test
    void aBadPastedImportListsLinesAndFieldsAndImportsNothing() {
        long examId = author.post("/api/exams", ExamAuthoringTest.examBody(AuthorSession.unique("PG-"), "x"))
                .json().path("examId").asLong();

        var refused = PageForm.from(author, "/author/exams/" + examId + "/import").post(
                "/author/exams/" + examId + "/import",
                Map.of("format", "csv", "text", "SHORT_TEXT,ok,,yes,1\nNUMERIC,Sum?,,many,1\n"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("nothing was imported").contains("<td>2</td>").contains("<td>answer</td>");
        assertThat(jdbc.sql("select count(*) from exam_question where exam_id = ?").param(examId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void enrolPageShowsUnknownUsernamesByLine() {
        long examId = author.post("/api/exams", ExamAuthoringTest.examBody(AuthorSession.unique("PG-"), "x"))
                .json().path("examId").asLong();

        var refused = PageForm.from(author, "/author/exams/" + examId + "/enrol").post(
                "/author/exams/" + examId + "/enrol", Map.of("usernames", "\nnobody-at-all\n"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<td>2</td>").contains("no user is called nobody-at-all");
    }

    @Test
    void unknownExamsAndBadAddressesAreReadablePagesNot500s() {
        var unknown = author.get("/author/exams/999999999");
        var badId = author.get("/author/exams/abc");
        var unknownBank = author.get("/author/banks/999999999");
        var unknownEnrol = author.get("/author/exams/999999999/enrol");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("No exam 999999999");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(unknownBank.status()).isEqualTo(404);
        assertThat(unknownEnrol.status()).isEqualTo(404);
        assertThat(badId.body()).doesNotContain("Exception");
    }

    private long examId(String code) {
        return jdbc.sql("select id from exam where code = ?").param(code).query(Long.class).single();
    }

    private static Map<String, String> examForm(String code, String minutes) {
        return Map.of("code", code, "title", "Page exam", "description", "", "durationMinutes", minutes,
                "opensAt", "2030-05-01T09:00", "closesAt", "2030-05-01T12:00", "questionsPerPage", "1");
    }
}
