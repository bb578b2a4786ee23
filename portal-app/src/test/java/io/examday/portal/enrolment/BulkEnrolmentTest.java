package io.examday.portal.enrolment;

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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class BulkEnrolmentTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    EnrolledCount enrolledCount;

    Fixtures fixtures;
    PortalClient author;
    long examId;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        author = new PortalClient(port);
        var person = fixtures.person(Role.AUTHOR);
        assertThat(author.signInWithPassword(person.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
        Instant now = Instant.now();
        examId = fixtures.publishedExam(now, now.plus(2, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
    }

    @Test
    void jsonListEnrolsCandidatesAndIsIdempotent() {
        var a = fixtures.candidate();
        var b = fixtures.candidate();
        String body = "{\"usernames\":[\"%s\",\"%s\"]}".formatted(a.username(), b.username());

        var first = author.post(route(), body);
        var again = author.post(route(), body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("enrolled").asInt()).isEqualTo(2);
        assertThat(first.json().path("alreadyEnrolled").asInt()).isZero();
        assertThat(again.json().path("enrolled").asInt()).isZero();
        assertThat(again.json().path("alreadyEnrolled").asInt()).isEqualTo(2);
        assertThat(enrolments()).isEqualTo(2);
    }

    @Test
    void csvGivesExtraTimeAndSkipsHeaderAndBlankLines() {
        var a = fixtures.candidate();
        var b = fixtures.candidate();
        author.post(route(), "{\"usernames\":[\"%s\"]}".formatted(a.username()));

        var csv = author.send("POST", route(), "text/csv",
                "username,extraTimeSeconds\n%s,900\n\n%s\n".formatted(a.username(), b.username()));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.json().path("enrolled").asInt()).isEqualTo(1);
        assertThat(csv.json().path("alreadyEnrolled").asInt()).isEqualTo(1);
        assertThat(extraTime(a.id())).isEqualTo(900);
        assertThat(extraTime(b.id())).isZero();
    }

    @Test
    void unknownUsernamesRefuseTheWholeListWithTheirLines() {
        var known = fixtures.candidate();
        var staff = fixtures.person(Role.PROCTOR);

        var refused = author.send("POST", route(), "text/csv",
                "%s\nnobody-here-1\n%s\n%s,soon\nnobody-here-2\n".formatted(known.username(), staff.username(),
                        known.username()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-enrolment");
        var errors = refused.json().path("errors");
        assertThat(errors.size()).isEqualTo(4);
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).path("message").asString()).contains("nobody-here-1");
        assertThat(errors.get(1).path("line").asInt()).isEqualTo(3);
        assertThat(errors.get(1).path("message").asString()).contains("not a candidate");
        assertThat(errors.get(2).path("field").asString()).isEqualTo("extraTimeSeconds");
        assertThat(errors.get(3).path("line").asInt()).isEqualTo(5);
        assertThat(enrolments()).isZero();

        var json = author.post(route(), "{\"usernames\":[\"%s\",\"nobody-here-3\"]}".formatted(known.username()));
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(enrolments()).isZero();
    }

    @Test
    void enrolmentEvictsTheCachedCount() {
        assertThat(enrolledCount.of(examId)).hasValue(0);

        author.post(route(), "{\"usernames\":[\"%s\"]}".formatted(fixtures.candidate().username()));

        assertThat(enrolledCount.of(examId)).hasValue(1);
    }

    @Test
    void badEnrolmentBodiesAreProblemsNotCrashes() {
        assertProblem(author.post(route(), "{\"usernames\":"), 400, "malformed-body");
        assertProblem(author.post(route(), "{\"usernames\":\"one\"}"), 400, "malformed-body");
        assertProblem(author.post(route(), "{}"), 400, "no-usernames");
        assertProblem(author.send("POST", route(), "text/csv", ""), 400, "no-usernames");
        assertProblem(author.send("POST", route(), "text/csv", "a,1,2\n"), 400, "invalid-enrolment");
        assertProblem(author.post("/api/exams/999999999/enrolments", "{\"usernames\":[\"x\"]}"), 404, "exam-not-found");
        assertProblem(author.send("POST", route(), "text/csv", "cand-x\n".repeat(800_000)), 413, "body-too-large");
        assertThat(enrolments()).isZero();
    }

    @Test
    void aNulCharacterInAUsernameIsALineErrorNotAConflictAndNobodyIsEnrolled() {
        var candidate = fixtures.candidate();

        var json = author.post(route(), "{\"usernames\":[\"%s\",\"cand\\u0000x\"]}".formatted(candidate.username()));
        var csv = author.send("POST", route(), "text/csv", candidate.username() + "\ncand\u0000x\n");

        assertProblem(json, 400, "invalid-enrolment");
        assertThat(json.json().path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(json.json().path("errors").get(0).path("field").asString()).isEqualTo("username");
        assertProblem(csv, 400, "invalid-enrolment");
        assertThat(csv.json().path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(enrolments()).isZero();
    }

    @Test
    void candidatesAndProctorsMayNotEnrol() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port);
        client.signInWithCode(candidate.username(), candidate.admissionCode());
        var proctor = new PortalClient(port);
        proctor.signInWithPassword(fixtures.person(Role.PROCTOR).username(), Fixtures.PASSWORD);
        String body = "{\"usernames\":[\"%s\"]}".formatted(candidate.username());

        assertThat(client.post(route(), body).status()).isEqualTo(403);
        assertThat(proctor.post(route(), body).status()).isEqualTo(403);
        assertThat(enrolments()).isZero();
    }

    private String route() {
        return "/api/exams/" + examId + "/enrolments";
    }

    private int enrolments() {
        return jdbc.sql("select count(*) from enrolment where exam_id = ?").param(examId).query(Integer.class).single();
    }

    private int extraTime(long candidateId) {
        return jdbc.sql("select extra_time_seconds from enrolment where exam_id = ? and candidate_id = ?")
                .params(examId, candidateId).query(Integer.class).single();
    }

    private static void assertProblem(PortalClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
    }
}
