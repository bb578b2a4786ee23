package io.examday.portal.exam;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import io.examday.portal.stafflog.StaffLogRows;
import io.examday.portal.stafflog.StaffSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing, a schedule change and a results download are each one staff log row; a refusal writes none. */
@PortalIntegrationTest
class ExamStaffLogTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    StaffSession author;
    PortalClient client;
    StaffLogRows staffLog;

    @BeforeEach
    void signInAsAuthor() {
        author = StaffSession.signedIn(port, new Fixtures(jdbc, passwords), Role.AUTHOR);
        client = author.client();
        staffLog = new StaffLogRows(jdbc);
    }

    @Test
    void publishingIsOneRowNamingTheAuthorAndPublishingAgainAddsNone() {
        long examId = examWithQuestions();

        assertThat(client.post("/api/exams/" + examId + "/publish", "").status()).isEqualTo(200);
        assertThat(client.post("/api/exams/" + examId + "/publish", "").status()).isEqualTo(200);

        var rows = staffLog.ofExam(examId);
        assertThat(rows).hasSize(1);
        var row = rows.getFirst();
        assertThat(row.action()).isEqualTo("PUBLISH");
        assertThat(row.actorId()).isEqualTo(author.person().id());
        assertThat(row.actorUsername()).isEqualTo(author.person().username());
        assertThat(row.attemptId()).isNull();
        assertThat(row.candidateId()).isNull();
        assertThat(row.reason()).isNull();
        assertThat(row.detail().path("questionCount").asInt()).isEqualTo(2);
    }

    @Test
    void aPublishFromTheExamPageIsLoggedToo() {
        long examId = examWithQuestions();

        var published = PageForm.from(client, "/author/exams/" + examId)
                .post("/author/exams/" + examId + "/publish", Map.of());

        assertThat(published.status()).isEqualTo(302);
        assertThat(staffLog.ofExam(examId)).extracting(StaffLogRows.Row::action).containsExactly("PUBLISH");
    }

    @Test
    void aRefusedPublishWritesNoRow() {
        long examId = client.post("/api/exams", ExamAuthoringTest.examBody(ExamAuthoringTest.code(), "Empty"))
                .json().path("examId").asLong();

        var refused = client.post("/api/exams/" + examId + "/publish", "");

        assertThat(refused.code()).isEqualTo("exam-empty");
        assertThat(staffLog.ofExam(examId)).isEmpty();
    }

    @Test
    void aScheduleChangeIsOneRowWithTheOldAndTheNewWindowAndARefusedOneWritesNone() {
        long examId = examWithQuestions();
        String oldOpensAt = jdbc.sql("select opens_at from exam where id = ?").param(examId)
                .query(java.sql.Timestamp.class).single().toInstant().toString();
        Instant opens = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(4, ChronoUnit.HOURS);

        var moved = client.put("/api/exams/" + examId + "/schedule",
                "{\"opensAt\":\"%s\",\"closesAt\":\"%s\",\"durationSeconds\":2400}".formatted(opens, closes));
        var refused = client.put("/api/exams/" + examId + "/schedule",
                "{\"opensAt\":\"%s\",\"closesAt\":\"%s\",\"durationSeconds\":2400}".formatted(closes, opens));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        var rows = staffLog.ofExam(examId);
        assertThat(rows).hasSize(1);
        var row = rows.getFirst();
        assertThat(row.action()).isEqualTo("SCHEDULE_CHANGE");
        assertThat(row.actorUsername()).isEqualTo(author.person().username());
        assertThat(row.detail().path("from").path("opensAt").asString()).isEqualTo(oldOpensAt);
        assertThat(row.detail().path("from").path("durationSeconds").asInt()).isEqualTo(1800);
        assertThat(row.detail().path("to").path("opensAt").asString()).isEqualTo(opens.toString());
        assertThat(row.detail().path("to").path("closesAt").asString()).isEqualTo(closes.toString());
        assertThat(row.detail().path("to").path("durationSeconds").asInt()).isEqualTo(2400);
    }

    @Test
    void aResultsDownloadIsOneRowNamingWhoTookItAndAnUnknownExamWritesNone() {
        long examId = examWithQuestions();

        assertThat(client.get("/api/exams/" + examId + "/results.csv").status()).isEqualTo(200);
        assertThat(client.get("/api/exams/999999999/results.csv").status()).isEqualTo(404);

        var rows = staffLog.byActor(author.person().username());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().action()).isEqualTo("RESULTS_EXPORT");
        assertThat(rows.getFirst().examId()).isEqualTo(examId);
        assertThat(rows.getFirst().detail().path("export").asString()).isEqualTo("results.csv");
    }

    private long examWithQuestions() {
        var created = client.post("/api/exams", ExamAuthoringTest.examBody(ExamAuthoringTest.code(), "Logged"));
        assertThat(created.status()).isEqualTo(201);
        long examId = created.json().path("examId").asLong();
        assertThat(client.post("/api/exams/" + examId + "/questions", ExamAuthoringTest.TWO_QUESTIONS).status())
                .isEqualTo(200);
        return examId;
    }
}
