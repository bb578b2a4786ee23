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
import static org.assertj.core.api.Assertions.tuple;

@PortalIntegrationTest
class QuestionImportTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    PortalClient author;
    long bankId;

    @BeforeEach
    void setUp() {
        author = AuthorSession.signedIn(port, jdbc, passwords, Role.AUTHOR);
        bankId = AuthorSession.bank(author);
    }

    @Test
    void jsonImportStoresEveryKindWithItsKey() {
        var imported = author.post("/api/banks/" + bankId + "/questions/import", """
                [
                  {"kind":"SINGLE_CHOICE","prompt":"Largest planet?","options":["Mars","Jupiter"],"answer":1},
                  {"kind":"MULTIPLE_CHOICE","prompt":"Even numbers?","options":["1","2","4"],"answer":[2,1],"points":2},
                  {"kind":"NUMERIC","prompt":"Pi?","answer":3.14,"tolerance":0.01},
                  {"kind":"SHORT_TEXT","prompt":"Capital of Italy?","answer":"Rome"}
                ]""");

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(4);
        JsonNode bank = author.get("/api/banks/" + bankId).json();
        assertThat(bank.path("questionCount").asInt()).isEqualTo(4);
        assertThat(texts(bank.path("questions"), "answer")).containsExactly("1", "[1,2]", "3.14", "\"Rome\"");
        assertThat(bank.path("questions").get(1).path("points").asInt()).isEqualTo(2);
        assertThat(bank.path("questions").get(2).path("tolerance").asDouble()).isEqualTo(0.01);
    }

    @Test
    void csvImportReadsQuotedPromptsAndPipeSeparatedOptions() {
        var imported = author.send("POST", "/api/banks/" + bankId + "/questions/import", "text/csv", """
                kind,prompt,options,answer,points
                SINGLE_CHOICE,"Which is a fruit, botanically?",Tomato|Carrot|Potato,0,1
                MULTIPLE_CHOICE,Primes?,2|3|4,0|1,2
                NUMERIC,"He said ""ten"": how much is that?",,10,1,0.5
                SHORT_TEXT,"A prompt
                over two lines",,yes,1
                """);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(4);
        JsonNode questions = author.get("/api/banks/" + bankId).json().path("questions");
        assertThat(texts(questions, "prompt")).containsExactly("Which is a fruit, botanically?", "Primes?",
                "He said \"ten\": how much is that?", "A prompt\nover two lines");
        assertThat(texts(questions.get(0).path("options"), null)).containsExactly("Tomato", "Carrot", "Potato");
        assertThat(texts(questions, "answer")).containsExactly("0", "[0,1]", "10", "\"yes\"");
    }

    @Test
    void badCsvReportsEveryErrorWithLineAndFieldAndImportsNothing() {
        var refused = author.send("POST", "/api/banks/" + bankId + "/questions/import", "text/csv", """
                kind,prompt,options,answer,points
                SINGLE_CHOICE,Fine,A|B,1,1
                SINGLE_CHOICE,Out of range,A|B,2,1
                ESSAY,Unknown kind,,x,1
                NUMERIC,Not a number,,ten,1
                SHORT_TEXT,,,answer,0
                MULTIPLE_CHOICE,Too short
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("invalid-questions");
        List<JsonNode> errors = new ArrayList<>();
        refused.json().path("errors").forEach(errors::add);
        assertThat(errors).extracting(e -> e.path("line").asInt(), e -> e.path("field").asString()).containsExactly(
                tuple(3, "answer"), tuple(4, "kind"), tuple(5, "answer"), tuple(6, "prompt"), tuple(6, "points"),
                tuple(7, "csv"));
        assertThat(questionsInBank()).isZero();
    }

    @Test
    void badJsonReportsTheLineAndPlaceOfEachQuestionAndImportsNothing() {
        var refused = author.post("/api/banks/" + bankId + "/questions/import", """
                [
                  {"kind":"SHORT_TEXT","prompt":"Fine","answer":"ok"},
                  {"kind":"SINGLE_CHOICE","prompt":"Wrong type",
                   "options":["a","b"],"answer":"b"},
                  {"kind":"NUMERIC","prompt":"Options?","options":["x"],"answer":1}
                ]""");

        assertThat(refused.status()).isEqualTo(400);
        JsonNode errors = refused.json().path("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).path("item").asInt()).isEqualTo(2);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("answer");
        assertThat(errors.get(1).path("line").asInt()).isEqualTo(5);
        assertThat(errors.get(1).path("field").asString()).isEqualTo("options");
        assertThat(questionsInBank()).isZero();
    }

    @Test
    void nulCharactersInImportedQuestionsAreFieldErrorsNotConflictsAndNothingIsImported() {
        var json = author.post("/api/banks/" + bankId + "/questions/import", """
                [
                  {"kind":"SHORT_TEXT","prompt":"Fine\\u0000","answer":"ok"},
                  {"kind":"SINGLE_CHOICE","prompt":"Which?","options":["a","b\\u0000"],"answer":0},
                  {"kind":"SHORT_TEXT","prompt":"Key?","answer":"o\\u0000k"}
                ]""");
        var csv = author.send("POST", "/api/banks/" + bankId + "/questions/import", "text/csv",
                "SINGLE_CHOICE,Which?,a|b\u0000c,1,1\n");

        assertThat(json.status()).as(json.body()).isEqualTo(400);
        assertThat(json.code()).isEqualTo("invalid-questions");
        List<JsonNode> errors = new ArrayList<>();
        json.json().path("errors").forEach(errors::add);
        assertThat(errors).extracting(e -> e.path("item").asInt(), e -> e.path("field").asString())
                .containsExactly(tuple(1, "prompt"), tuple(2, "options"), tuple(3, "answer"));
        assertThat(csv.status()).as(csv.body()).isEqualTo(400);
        assertThat(csv.code()).isEqualTo("invalid-questions");
        assertThat(csv.json().path("errors").get(0).path("field").asString()).isEqualTo("options");
        assertThat(questionsInBank()).isZero();
    }

    @Test
    void malformedJsonAndUnclosedQuotesAreErrorsWithALineNotCrashes() {
        var brokenJson = author.post("/api/banks/" + bankId + "/questions/import", "[\n {\"kind\":\"NUMERIC\",\n");
        var unclosedQuote = author.send("POST", "/api/banks/" + bankId + "/questions/import", "text/csv",
                "SHORT_TEXT,ok,,yes,1\nSHORT_TEXT,\"never closed,,yes,1\n");
        var notAList = author.post("/api/banks/" + bankId + "/questions/import", "{\"kind\":\"NUMERIC\"}");
        var empty = author.send("POST", "/api/banks/" + bankId + "/questions/import", "text/csv", "");

        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(brokenJson.json().path("errors").get(0).path("field").asString()).isEqualTo("json");
        assertThat(unclosedQuote.status()).isEqualTo(400);
        assertThat(unclosedQuote.json().path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(notAList.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(questionsInBank()).isZero();
    }

    @Test
    void importIntoAnUnknownBankIsA404() {
        var answer = author.send("POST", "/api/banks/999999999/questions/import", "text/csv", "SHORT_TEXT,a,,b,1");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("bank-not-found");
    }

    private int questionsInBank() {
        return jdbc.sql("select count(*) from question where bank_id = ?").param(bankId).query(Integer.class).single();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asString()
                : field.equals("answer") ? node.path(field).toString() : node.path(field).asString()));
        return texts;
    }
}
