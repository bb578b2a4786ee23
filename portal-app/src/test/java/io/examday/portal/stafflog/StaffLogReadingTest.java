package io.examday.portal.stafflog;

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
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** An admin reads the staff log on a page and through the API, newest first, a page at a time; no one else may. */
@PortalIntegrationTest
class StaffLogReadingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    StaffLog staffLog;
    @Autowired
    TransactionTemplate transactions;

    Fixtures fixtures;
    StaffSession author;
    PortalClient admin;
    long examA;
    long examB;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        author = StaffSession.signedIn(port, fixtures, Role.AUTHOR);
        admin = StaffSession.signedIn(port, fixtures, Role.ADMIN).client();
        Instant now = Instant.now();
        var questions = List.of(Fixtures.Question.singleChoice("Q", 0));
        examA = fixtures.publishedExam(now, now.plus(2, ChronoUnit.HOURS), 3600, questions);
        examB = fixtures.publishedExam(now, now.plus(2, ChronoUnit.HOURS), 3600, questions);
    }

    @Test
    void theAdminReadsTheLogNewestFirstThroughTheApiAndCanFilterByExam() {
        var first = enrol(examA);
        var second = enrol(examA);
        enrol(examB);

        var ofA = admin.get("/api/ops/staff-log?examId=" + examA);
        var newest = admin.get("/api/ops/staff-log?size=2");

        assertThat(ofA.status()).isEqualTo(200);
        List<JsonNode> entries = ofA.json().path("entries").valueStream().toList();
        assertThat(entries).extracting(e -> e.path("candidateUsername").asString())
                .containsExactly(second.username(), first.username());
        JsonNode entry = entries.getFirst();
        assertThat(entry.path("action").asString()).isEqualTo("ENROLMENT");
        assertThat(entry.path("actorId").asLong()).isEqualTo(author.person().id());
        assertThat(entry.path("actorUsername").asString()).isEqualTo(author.person().username());
        assertThat(entry.path("examId").asLong()).isEqualTo(examA);
        assertThat(entry.path("examCode").asString()).isEqualTo(codeOf(examA));
        assertThat(entry.path("detail").path("enrolled").asInt()).isEqualTo(1);
        assertThat(Instant.parse(entry.path("at").asString())).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(ofA.json().path("page").asInt()).isEqualTo(1);
        assertThat(ofA.json().path("nextPage").isNull()).isTrue();
        assertThat(newest.json().path("entries").get(0).path("examId").asLong()).isEqualTo(examB);
        assertThat(newest.json().path("entries").get(1).path("candidateUsername").asString()).isEqualTo(second.username());
        assertThat(newest.json().path("nextPage").asInt()).isEqualTo(2);
        var older = admin.get("/api/ops/staff-log?size=2&page=2").json().path("entries");
        assertThat(older.get(0).path("candidateUsername").asString()).isEqualTo(first.username());
    }

    @Test
    void theAdminPageListsAnExamsLogAndPagesThroughIt() {
        var enrolled = enrol(examA);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 50; i++) {
                staffLog.record(StaffAction.SCHEDULE_CHANGE, Touched.exam(examA), "filler " + i, Map.of());
            }
        });

        var firstPage = admin.get("/ops/staff-log?examId=" + examA);
        var secondPage = admin.get("/ops/staff-log?examId=" + examA + "&page=2");

        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(firstPage.body()).contains("Staff log").contains("filler 49").doesNotContain(enrolled.username())
                .contains("/ops/staff-log?examId=" + examA + "&amp;page=2");
        assertThat(admin.get("/author").body()).contains("href=\"/ops/staff-log\"");
        assertThat(author.client().get("/author").body()).doesNotContain("/ops/staff-log");
        assertThat(secondPage.status()).isEqualTo(200);
        assertThat(secondPage.body()).contains(enrolled.username()).contains(author.person().username())
                .contains("ENROLMENT").contains(codeOf(examA)).doesNotContain("filler 49")
                .contains("/ops/staff-log?examId=" + examA + "&amp;page=1");
    }

    @Test
    void nonAdminsAreRefusedTheLogPageAndApi() {
        for (Role role : new Role[]{Role.AUTHOR, Role.PROCTOR}) {
            var client = StaffSession.signedIn(port, fixtures, role).client();
            var api = client.get("/api/ops/staff-log");
            assertThat(api.status()).as(role.name()).isEqualTo(403);
            assertThat(api.code()).as(role.name()).isEqualTo("forbidden");
            var page = client.get("/ops/staff-log");
            assertThat(page.status()).as(role.name()).isEqualTo(403);
            assertThat(page.body()).as(role.name()).contains("Only an administrator may read the staff log.");
        }
        var candidate = fixtures.candidate();
        var client = new PortalClient(port);
        assertThat(client.signInWithCode(candidate.username(), candidate.admissionCode()).status()).isEqualTo(200);
        assertThat(client.get("/api/ops/staff-log").status()).isEqualTo(403);
        assertThat(client.get("/ops/staff-log").status()).isEqualTo(403);
        assertThat(new PortalClient(port).get("/api/ops/staff-log").code()).isEqualTo("sign-in-required");
    }

    @Test
    void badPagingIsAProblemOnTheApiAndAReadablePage() {
        assertThat(admin.get("/api/ops/staff-log?page=0").code()).isEqualTo("invalid-page");
        assertThat(admin.get("/api/ops/staff-log?size=0").code()).isEqualTo("invalid-size");
        assertThat(admin.get("/api/ops/staff-log?size=501").code()).isEqualTo("invalid-size");
        var notANumber = admin.get("/api/ops/staff-log?examId=abc");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).startsWith("application/problem+json");
        var page = admin.get("/ops/staff-log?page=0");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Pages are numbered from 1.");
        assertThat(admin.get("/ops/staff-log?examId=abc").status()).isEqualTo(400);
    }

    @Test
    void aRowIsWrittenOnlyInsideTheTransactionOfItsChangeAndOnlyIfItCommits() {
        Touched touched = Touched.exam(examA);

        assertThatThrownBy(() -> staffLog.record(StaffAction.PUBLISH, touched, null, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
        transactions.executeWithoutResult(status -> {
            staffLog.record(StaffAction.PUBLISH, touched, "rolled back", Map.of());
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> staffLog.record(StaffAction.PUBLISH, touched, "committed", Map.of()));

        var rows = new StaffLogRows(jdbc).ofExam(examA);
        assertThat(rows).extracting(StaffLogRows.Row::reason).containsExactly("committed");
        assertThat(rows.getFirst().actorUsername()).isEqualTo("system");
        assertThat(rows.getFirst().actorId()).isNull();
    }

    private Fixtures.Person enrol(long examId) {
        var candidate = fixtures.candidate();
        assertThat(author.client().post("/api/exams/" + examId + "/enrolments",
                "{\"usernames\":[\"%s\"]}".formatted(candidate.username())).status()).isEqualTo(200);
        return candidate;
    }

    private String codeOf(long examId) {
        return jdbc.sql("select code from exam where id = ?").param(examId).query(String.class).single();
    }
}
