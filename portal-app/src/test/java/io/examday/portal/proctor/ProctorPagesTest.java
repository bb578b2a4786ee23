package io.examday.portal.proctor;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import io.examday.portal.web.ApiForgeryCheck;
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
class ProctorPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void proctorSeesPublishedExamsAndALiveViewPageThatPollsTheApi() {
        var fixtures = new Fixtures(jdbc, passwords);
        Instant now = Instant.now();
        long examId = fixtures.publishedExam(now, now.plus(1, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
        String code = jdbc.sql("select code from exam where id = ?").param(examId).query(String.class).single();
        var proctor = ProctorSession.signedIn(port, fixtures, Role.PROCTOR);

        var exams = proctor.get("/proctor");
        var live = proctor.get("/proctor/exams/" + examId);

        assertThat(exams.status()).isEqualTo(200);
        assertThat(exams.body()).contains(code).contains("/proctor/exams/" + examId);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).contains("data-exam-id=\"" + examId + "\"").contains("/api/proctor/exams/")
                .contains("'" + ApiForgeryCheck.HEADER + "': '1'");
    }

    @Test
    void unknownExamIsAReadable404Page() {
        var proctor = ProctorSession.signedIn(port, new Fixtures(jdbc, passwords), Role.PROCTOR);

        var unknown = proctor.get("/proctor/exams/999999999");
        var bad = proctor.get("/proctor/exams/abc");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("No exam 999999999");
        assertThat(bad.status()).isEqualTo(400);
    }
}
