package io.examday.portal.exam;

import io.examday.portal.Fixtures;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ExamAuthoringTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ExamCatalog catalog;

    PortalClient author;

    @BeforeEach
    void signInAsAuthor() {
        author = new PortalClient(port);
        var person = new Fixtures(jdbc, passwords).person(Role.AUTHOR);
        assertThat(author.signInWithPassword(person.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    static String code() {
        return "E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String examBody(String code, String title) {
        Instant opens = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"code":"%s","title":"%s","description":"d","durationSeconds":1800,"opensAt":"%s","closesAt":"%s",
                 "questionsPerPage":2,"shuffleQuestions":true}""".formatted(code, title, opens, opens.plus(2, ChronoUnit.HOURS));
    }

    static final String TWO_QUESTIONS = """
            {"questions":[
              {"kind":"SINGLE_CHOICE","prompt":"Pick B","options":["A","B"],"answer":1,"points":1},
              {"kind":"NUMERIC","prompt":"2+2?","answer":4,"tolerance":0.5,"points":2}]}""";

    @Test
    void authorCreatesFillsAndPublishesAnExam() {
        String code = code();
        var created = author.post("/api/exams", examBody(code, "Algebra"));
        assertThat(created.status()).isEqualTo(201);
        long examId = created.json().path("examId").asLong();
        assertThat(created.json().path("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().path("questionsPerPage").asInt()).isEqualTo(2);

        var added = author.post("/api/exams/" + examId + "/questions", TWO_QUESTIONS);
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("added").asInt()).isEqualTo(2);
        assertThat(added.json().path("exam").path("questionCount").asInt()).isEqualTo(2);

        var published = author.post("/api/exams/" + examId + "/publish", "");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("status").asString()).isEqualTo("PUBLISHED");

        var byCode = author.get("/api/exams/by-code/" + code);
        assertThat(byCode.json().path("examId").asLong()).isEqualTo(examId);
        assertThat(byCode.json().path("questionCount").asInt()).isEqualTo(2);
        assertThat(author.get("/api/exams").json().findValues("code").stream().map(JsonNode::asString))
                .contains(code);

        var content = catalog.content(examId).orElseThrow();
        assertThat(content.questions()).extracting(QuestionView::prompt).containsExactly("Pick B", "2+2?");
        var key = catalog.answerKey(examId).orElseThrow();
        assertThat(key.entries().values()).extracting(AnswerKey.Entry::answer).containsExactlyInAnyOrder("1", "4");
    }

    @Test
    void publishedExamRefusesContentChanges() {
        long examId = publishedExam();

        var edit = author.put("/api/exams/" + examId, examBody(code(), "Changed"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.code()).isEqualTo("exam-published");
        var add = author.post("/api/exams/" + examId + "/questions", TWO_QUESTIONS);
        assertThat(add.status()).isEqualTo(409);
        assertThat(add.code()).isEqualTo("exam-published");

        assertThat(jdbc.sql("select count(*) from exam_question where exam_id = ?").param(examId)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select title from exam where id = ?").param(examId).query(String.class).single())
                .isEqualTo("Algebra");
    }

    @Test
    void publishedExamAcceptsANewScheduleAndTheCatalogSeesIt() {
        long examId = publishedExam();
        assertThat(catalog.schedule(examId).orElseThrow().durationSeconds()).isEqualTo(1800);

        Instant opens = Instant.parse("2030-01-01T09:00:00Z");
        var moved = author.put("/api/exams/" + examId + "/schedule",
                "{\"opensAt\":\"2030-01-01T09:00:00Z\",\"closesAt\":\"2030-01-01T12:00:00Z\",\"durationSeconds\":5400}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("opensAt").asString()).isEqualTo("2030-01-01T09:00:00Z");
        var schedule = catalog.schedule(examId).orElseThrow();
        assertThat(schedule.opensAt()).isEqualTo(opens);
        assertThat(schedule.durationSeconds()).isEqualTo(5400);
    }

    @Test
    void draftIsEditedAndItsCodeStaysUnique() {
        String taken = code();
        assertThat(author.post("/api/exams", examBody(taken, "First")).status()).isEqualTo(201);
        long examId = author.post("/api/exams", examBody(code(), "Second")).json().path("examId").asLong();

        var renamed = author.put("/api/exams/" + examId, examBody(code(), "Renamed"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("title").asString()).isEqualTo("Renamed");

        var clash = author.put("/api/exams/" + examId, examBody(taken, "Clash"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("exam-code-taken");
        assertThat(author.post("/api/exams", examBody(taken, "Again")).code()).isEqualTo("exam-code-taken");
    }

    @Test
    void emptyExamCannotBePublished() {
        long examId = author.post("/api/exams", examBody(code(), "Empty")).json().path("examId").asLong();

        var publish = author.post("/api/exams/" + examId + "/publish", "");

        assertThat(publish.status()).isEqualTo(409);
        assertThat(publish.code()).isEqualTo("exam-empty");
    }

    @Test
    void questionsOfABankAreAddedToAnExam() {
        long bankId = author.post("/api/banks", "{\"name\":\"%s\",\"description\":\"geo\"}".formatted(code()))
                .json().path("bankId").asLong();
        author.send("POST", "/api/banks/" + bankId + "/questions/import", "text/csv",
                "SHORT_TEXT,Capital of Peru?,,Lima,1\nSHORT_TEXT,Capital of Chile?,,Santiago,1\n");
        var bank = author.get("/api/banks/" + bankId).json();
        long first = bank.path("questions").get(0).path("questionId").asLong();
        long examId = author.post("/api/exams", examBody(code(), "Geo")).json().path("examId").asLong();

        var added = author.post("/api/exams/" + examId + "/questions",
                "{\"bankId\":%d,\"questionIds\":[%d]}".formatted(bankId, first));
        var notInBank = author.post("/api/exams/" + examId + "/questions",
                "{\"bankId\":%d,\"questionIds\":[%d]}".formatted(bankId, first + 1_000_000));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("exam").path("questionCount").asInt()).isEqualTo(1);
        assertThat(author.get("/api/exams/" + examId + "/questions").json().get(0).path("prompt").asString())
                .isEqualTo("Capital of Peru?");
        assertThat(notInBank.status()).isEqualTo(400);
        assertThat(notInBank.json().path("errors").get(0).path("field").asString()).isEqualTo("questionIds");
    }

    private long publishedExam() {
        long examId = author.post("/api/exams", examBody(code(), "Algebra")).json().path("examId").asLong();
        author.post("/api/exams/" + examId + "/questions", TWO_QUESTIONS);
        assertThat(author.post("/api/exams/" + examId + "/publish", "").status()).isEqualTo(200);
        return examId;
    }
}
