package io.examday.portal.attempt;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sets the scene for attempt tests: open exams, enrolled candidates signed in over HTTP, clocks moved in SQL. */
public final class ExamDay {

    private final int port;
    private final JdbcClient jdbc;
    private final Fixtures fixtures;

    public ExamDay(int port, JdbcClient jdbc, PasswordEncoder passwords) {
        this.port = port;
        this.jdbc = jdbc;
        this.fixtures = new Fixtures(jdbc, passwords);
    }

    /** A candidate signed in with their admission code, with their own cookie jar. */
    public record Candidate(Fixtures.Person person, PortalClient client) {
    }

    public static List<Fixtures.Question> fourKinds() {
        return List.of(
                Fixtures.Question.singleChoice("Which is the second letter?", 1),
                new Fixtures.Question("MULTIPLE_CHOICE", "Which are vowels?", "[\"a\",\"b\",\"e\",\"k\"]", "[0,2]", null, 2),
                Fixtures.Question.numeric("What is pi to two decimals?", 3.14, 0.005),
                new Fixtures.Question("SHORT_TEXT", "Capital of France?", "[]", "\"Paris\"", null, 1));
    }

    /** Opened ten minutes ago, closes in two hours, one hour long. */
    public long openExam(List<Fixtures.Question> questions) {
        return exam(Instant.now().minus(Duration.ofMinutes(10)), Instant.now().plus(Duration.ofHours(2)), 3600, questions);
    }

    public long exam(Instant opensAt, Instant closesAt, int durationSeconds, List<Fixtures.Question> questions) {
        return fixtures.publishedExam(opensAt, closesAt, durationSeconds, questions);
    }

    public Candidate enrolled(long examId) {
        return enrolled(examId, 0);
    }

    public Candidate enrolled(long examId, int extraTimeSeconds) {
        var person = fixtures.candidate();
        fixtures.enrol(examId, person.id(), extraTimeSeconds);
        return signedIn(person);
    }

    public Candidate signedIn(Fixtures.Person person) {
        var client = new PortalClient(port);
        assertThat(client.signInWithCode(person.username(), person.admissionCode()).status()).isEqualTo(200);
        return new Candidate(person, client);
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    /** Starts and answers the attempt id. */
    public static long start(Candidate candidate, long examId) {
        var started = candidate.client().post("/api/exams/" + examId + "/attempts", "");
        assertThat(started.status()).as(started.body()).isIn(200, 201);
        return started.json().path("attemptId").asLong();
    }

    /** Question ids in the order the candidate sees them, read page by page. */
    public static List<Long> questionIds(Candidate candidate, long attemptId) {
        var attempt = candidate.client().get("/api/attempts/" + attemptId).json();
        return java.util.stream.IntStream.rangeClosed(1, attempt.path("pageCount").asInt())
                .mapToObj(page -> candidate.client().get("/api/attempts/" + attemptId + "/pages/" + page).json())
                .flatMap(page -> page.path("questions").valueStream())
                .map(question -> question.path("questionId").asLong())
                .toList();
    }

    public static PortalClient.Answer save(Candidate candidate, long attemptId, long questionId, long revision,
                                           String valueJson) {
        return candidate.client().put("/api/attempts/" + attemptId + "/answers/" + questionId,
                "{\"revision\":" + revision + ",\"value\":" + valueJson + "}");
    }

    /** The saved answer to a question as the page read shows it, or a missing node. */
    public static JsonNode savedAnswer(Candidate candidate, long attemptId, long questionId) {
        var attempt = candidate.client().get("/api/attempts/" + attemptId).json();
        for (int page = 1; page <= attempt.path("pageCount").asInt(); page++) {
            for (JsonNode question : candidate.client().get("/api/attempts/" + attemptId + "/pages/" + page).json()
                    .path("questions")) {
                if (question.path("questionId").asLong() == questionId) {
                    return question.path("answer");
                }
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    public void moveDeadline(long attemptId, Instant deadline) {
        jdbc.sql("update attempt set deadline = ? where id = ?").params(Timestamp.from(deadline), attemptId).update();
    }

    public String attemptStatus(long attemptId) {
        return jdbc.sql("select status from attempt where id = ?").param(attemptId).query(String.class).single();
    }
}
