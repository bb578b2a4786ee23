package io.examday.portal.enrolment;

import io.examday.portal.Fixtures;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A bulk enrolment is one staff log row, however many it enrols; a refused list writes none. */
@PortalIntegrationTest
class EnrolmentStaffLogTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    StaffSession author;
    StaffLogRows staffLog;
    long examId;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        author = StaffSession.signedIn(port, fixtures, Role.AUTHOR);
        staffLog = new StaffLogRows(jdbc);
        Instant now = Instant.now();
        examId = fixtures.publishedExam(now, now.plus(2, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
    }

    @Test
    void anEnrolmentIsOneRowWithItsCountsAndNamesTheCandidateWhenThereIsOne() {
        var a = fixtures.candidate();
        var b = fixtures.candidate();
        var c = fixtures.candidate();

        assertThat(author.client().post(route(), "{\"usernames\":[\"%s\",\"%s\",\"%s\"]}"
                .formatted(a.username(), b.username(), c.username())).status()).isEqualTo(200);
        assertThat(author.client().send("POST", route(), "text/csv", a.username() + ",600\n").status())
                .isEqualTo(200);

        var rows = staffLog.ofExam(examId);
        assertThat(rows).extracting(StaffLogRows.Row::action).containsExactly("ENROLMENT", "ENROLMENT");
        var all = rows.get(0);
        assertThat(all.actorId()).isEqualTo(author.person().id());
        assertThat(all.actorUsername()).isEqualTo(author.person().username());
        assertThat(all.candidateId()).isNull();
        assertThat(all.detail().path("enrolled").asInt()).isEqualTo(3);
        assertThat(all.detail().path("alreadyEnrolled").asInt()).isZero();
        var one = rows.get(1);
        assertThat(one.candidateId()).isEqualTo(a.id());
        assertThat(one.candidateUsername()).isEqualTo(a.username());
        assertThat(one.detail().path("enrolled").asInt()).isZero();
        assertThat(one.detail().path("alreadyEnrolled").asInt()).isEqualTo(1);
        assertThat(one.detail().path("extraTimesChanged").asInt()).isEqualTo(1);
    }

    @Test
    void aRefusedEnrolmentWritesNoRow() {
        var known = fixtures.candidate();

        var refused = author.client().post(route(), "{\"usernames\":[\"%s\",\"nobody-such\"]}"
                .formatted(known.username()));

        assertThat(refused.code()).isEqualTo("invalid-enrolment");
        assertThat(staffLog.ofExam(examId)).isEmpty();
    }

    private String route() {
        return "/api/exams/" + examId + "/enrolments";
    }
}
