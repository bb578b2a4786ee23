package io.examday.portal.exam;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import io.examday.portal.proctor.AttemptRows;
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
class ExamResultsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void resultsCsvListsEveryCandidateWithStatusScoreAndSubmissionTime() {
        var fixtures = new Fixtures(jdbc, passwords);
        var attempts = new AttemptRows(jdbc);
        Instant now = Instant.now();
        long examId = fixtures.publishedExam(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q1", 1), Fixtures.Question.numeric("Q2", 4, 0)));
        var graded = fixtures.candidate();
        var writing = fixtures.candidate();
        var absent = fixtures.candidate();
        List.of(graded, writing, absent).forEach(c -> fixtures.enrol(examId, c.id(), 0));
        long gradedAttempt = attempts.start(examId, graded.id(), now.plus(1, ChronoUnit.HOURS));
        Instant submittedAt = Instant.parse("2026-06-01T10:15:30Z");
        attempts.close(gradedAttempt, "SUBMITTED", submittedAt);
        attempts.grade(gradedAttempt, 2.0, 3.0);
        attempts.start(examId, writing.id(), now.plus(1, ChronoUnit.HOURS));

        var csv = AuthorSession.signedIn(port, jdbc, passwords, Role.AUTHOR).get("/api/exams/" + examId + "/results.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("username,status,score,max_score,submitted_at");
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
                graded.username() + ",SUBMITTED,2.0,3.0,2026-06-01T10:15:30Z",
                writing.username() + ",IN_PROGRESS,,,",
                absent.username() + ",NOT_STARTED,,,");
    }

    @Test
    void resultsOfAnUnknownExamAreA404Problem() {
        var answer = AuthorSession.signedIn(port, jdbc, passwords, Role.AUTHOR).get("/api/exams/999999999/results.csv");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("exam-not-found");
    }
}
