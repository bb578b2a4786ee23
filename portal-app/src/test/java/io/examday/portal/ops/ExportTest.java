package io.examday.portal.ops;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import io.examday.portal.proctor.AttemptRows;
import io.examday.portal.stafflog.StaffLogRows;
import io.examday.portal.stafflog.StaffSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ExportTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    AttemptRows attempts;
    String code;
    String otherCode;
    long writing;
    long submitted;
    long vanished;
    long elsewhere;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        attempts = new AttemptRows(jdbc);
        long examId = exam();
        code = codeOf(examId);
        Instant deadline = Instant.now().plus(1, ChronoUnit.HOURS);
        writing = attempts.start(examId, fixtures.candidate().id(), deadline);
        submitted = attempts.start(examId, fixtures.candidate().id(), deadline);
        vanished = attempts.start(examId, fixtures.candidate().id(), deadline);
        attempts.close(submitted, "SUBMITTED", Instant.now());
        attempts.close(vanished, "AUTO_SUBMITTED", Instant.now());
        attempts.answer(writing, 7, "0");
        attempts.answer(submitted, 9, "1");
        attempts.answer(submitted, 8, "4");
        jdbc.sql("update answer set revision = 3 where attempt_id = ? and question_id = 9").param(submitted).update();
        long otherExam = exam();
        otherCode = codeOf(otherExam);
        elsewhere = attempts.start(otherExam, fixtures.candidate().id(), deadline);
        attempts.answer(elsewhere, 1, "2");
    }

    @Test
    void theAttemptsExportListsEveryAttemptOfTheExamWithItsStatusInIdOrder() {
        var export = admin().get("/api/ops/export/attempts?examCode=" + code);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.body().lines().toList()).containsExactly(
                "attemptId,examCode,status",
                writing + "," + code + ",IN_PROGRESS",
                submitted + "," + code + ",SUBMITTED",
                vanished + "," + code + ",AUTO_SUBMITTED");
    }

    @Test
    void theAnswersExportListsEveryStoredAnswerWithItsRevisionByAttemptThenQuestion() {
        var export = admin().get("/api/ops/export/answers?examCode=" + code + "," + otherCode);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().lines().toList()).containsExactly(
                "attemptId,questionId,revision",
                writing + ",7,1",
                submitted + ",8,1",
                submitted + ",9,3",
                elsewhere + ",1,1");
    }

    @Test
    void eachExportIsOneStaffLogRowNamingTheAdminAndTheExams() {
        var admin = StaffSession.signedIn(port, fixtures, Role.ADMIN);

        assertThat(admin.client().get("/api/ops/export/attempts?examCode=" + code).status()).isEqualTo(200);
        assertThat(admin.client().get("/api/ops/export/answers?examCode=" + code + "," + otherCode).status())
                .isEqualTo(200);
        assertThat(admin.client().get("/api/ops/export/answers?examCode=NO-SUCH-EXAM").status()).isEqualTo(404);

        var rows = new StaffLogRows(jdbc).byActor(admin.person().username());
        assertThat(rows).extracting(StaffLogRows.Row::action).containsExactly("RESULTS_EXPORT", "RESULTS_EXPORT");
        assertThat(rows.get(0).actorId()).isEqualTo(admin.person().id());
        assertThat(rows.get(0).examId()).isEqualTo(jdbc.sql("select id from exam where code = ?").param(code)
                .query(Long.class).single());
        assertThat(rows.get(0).detail().path("export").asString()).isEqualTo("attempts");
        assertThat(rows.get(1).examId()).isNull();
        assertThat(rows.get(1).detail().path("export").asString()).isEqualTo("answers");
        assertThat(rows.get(1).detail().path("examCodes").valueStream().map(n -> n.asString()))
                .containsExactly(code, otherCode);
    }

    @Test
    void aLargeExportIsStreamedInChunksNotBufferedWhole() throws Exception {
        long examId = exam();
        String big = codeOf(examId);
        Instant deadline = Instant.now().plus(1, ChronoUnit.HOURS);
        int attemptCount = 4;
        int questions = 1000; // some 60 KB of rows, far past the response buffer
        for (int i = 0; i < attemptCount; i++) {
            attempts.start(examId, fixtures.candidate().id(), deadline);
        }
        jdbc.sql("""
                        insert into answer (attempt_id, question_id, revision, value, saved_at)
                        select a.id, q, 2, '0'::jsonb, now() from attempt a cross join generate_series(1, ?) q
                        where a.exam_id = ?""")
                .params(questions, examId).update();

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"%s\",\"password\":\"%s\"}"
                        .formatted(fixtures.person(Role.ADMIN).username(), Fixtures.PASSWORD))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(200);
        HttpResponse<java.util.stream.Stream<String>> export = http.send(
                HttpRequest.newBuilder(uri("/api/ops/export/answers?examCode=" + big)).build(),
                HttpResponse.BodyHandlers.ofLines());

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Length")).isEmpty();
        assertThat(export.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(export.body().skip(1).filter(line -> line.endsWith(",2")).count()).isEqualTo((long) attemptCount * questions);
    }

    @Test
    void onlyAdminsExportAndBadCodesAreProblems() {
        for (String route : List.of("attempts", "answers")) {
            String path = "/api/ops/export/" + route + "?examCode=" + code;
            var anonymous = new PortalClient(port).get(path);
            assertThat(anonymous.status()).as("anonymous").isEqualTo(401);
            assertThat(anonymous.code()).as("anonymous").isEqualTo("sign-in-required");
            for (Role role : new Role[]{Role.AUTHOR, Role.PROCTOR}) {
                var client = new PortalClient(port);
                client.signInWithPassword(fixtures.person(role).username(), Fixtures.PASSWORD);
                assertThat(client.get(path).status()).as(role.name()).isEqualTo(403);
            }
            var candidate = fixtures.candidate();
            var client = new PortalClient(port);
            client.signInWithCode(candidate.username(), candidate.admissionCode());
            var refused = client.get(path);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("forbidden");

            var unknown = admin().get(path + ",NO-SUCH-EXAM");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.code()).isEqualTo("exam-not-found");
            assertThat(admin().get("/api/ops/export/" + route).code()).isEqualTo("exam-code-required");
        }
    }

    private PortalClient admin() {
        var client = new PortalClient(port);
        assertThat(client.signInWithPassword(fixtures.person(Role.ADMIN).username(), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        return client;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private long exam() {
        Instant now = Instant.now();
        return fixtures.publishedExam(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
    }

    private String codeOf(long examId) {
        return jdbc.sql("select code from exam where id = ?").param(examId).query(String.class).single();
    }
}
