package io.examday.portal.proctor;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.AttemptProperties;
import io.examday.portal.identity.Role;
import io.examday.portal.stafflog.StaffLogRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** All of an attempt's extensions together stay within examday.attempt.extension-cap (60 min in tests). */
@PortalIntegrationTest
class ExtensionCapTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AttemptProperties properties;

    AttemptRows attempts;
    StaffLogRows staffLog;
    PortalClient proctor;
    long attemptId;
    Instant deadline = Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() {
        var fixtures = new Fixtures(jdbc, passwords);
        attempts = new AttemptRows(jdbc);
        staffLog = new StaffLogRows(jdbc);
        proctor = ProctorSession.signedIn(port, fixtures, Role.PROCTOR);
        Instant now = Instant.now();
        long examId = fixtures.publishedExam(now.minus(1, ChronoUnit.MINUTES), now.plus(2, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
        var candidate = fixtures.candidate();
        fixtures.enrol(examId, candidate.id(), 0);
        attemptId = attempts.start(examId, candidate.id(), deadline);
    }

    @Test
    void extensionsUpToTheCapAreGrantedAndOnePastItIsRefusedWithoutChangingAnything() {
        assertThat(properties.extensionCap().toMinutes()).isEqualTo(60);
        assertThat(extend(3000).status()).isEqualTo(200);

        var refused = extend(900);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("extension-cap-exceeded");
        assertThat(refused.json().path("detail").asString())
                .isEqualTo("An extension of 15 min would pass attempt " + attemptId + "'s cap of 60 min: "
                        + "it has had 50 min, so at most 10 min is left.");
        assertThat(refused.json().path("remainingSeconds").asLong()).isEqualTo(600);
        assertThat(deadline()).isEqualTo(deadline.plusSeconds(3000));
        assertThat(staffLog.ofAttempt(attemptId)).hasSize(1);

        assertThat(extend(600).json().path("extensionSeconds").asInt()).isEqualTo(3600);
        assertThat(extend(1).code()).isEqualTo("extension-cap-exceeded");
        assertThat(deadline()).isEqualTo(deadline.plusSeconds(3600));
        assertThat(staffLog.ofAttempt(attemptId)).extracting(StaffLogRows.Row::action)
                .containsExactly("EXTENSION", "EXTENSION");
    }

    @Test
    void aReopenWhoseExtensionWouldPassTheCapIsRefused() {
        assertThat(extend(3000).status()).isEqualTo(200);
        attempts.close(attemptId, "SUBMITTED", Instant.now());

        var refused = proctor.post("/api/proctor/attempts/" + attemptId + "/reopen",
                "{\"reason\":\"Submitted by mistake\",\"extensionSeconds\":900}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("extension-cap-exceeded");
        assertThat(jdbc.sql("select status from attempt where id = ?").param(attemptId).query(String.class).single())
                .isEqualTo("SUBMITTED");
        assertThat(deadline()).isEqualTo(deadline.plusSeconds(3000));
        assertThat(staffLog.ofAttempt(attemptId)).extracting(StaffLogRows.Row::action).containsExactly("EXTENSION");
    }

    private PortalClient.Answer extend(int seconds) {
        return proctor.post("/api/proctor/attempts/" + attemptId + "/extension", "{\"seconds\":" + seconds + "}");
    }

    private Instant deadline() {
        return jdbc.sql("select deadline from attempt where id = ?").param(attemptId).query(Timestamp.class).single()
                .toInstant();
    }
}
