package io.examday.portal.ops;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.AdmissionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class DemoSeedTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoSeed demo;
    @Autowired
    SeedProperties properties;

    @Test
    void demoExamIsOpenWithQuestionsOfEveryKindAndTheDemoCandidateSignsInEnrolled() {
        demo.seed();
        demo.seed();

        var exam = jdbc.sql("select id, status, opens_at, closes_at from exam where code = 'DEMO'")
                .query((rs, n) -> new Object[]{rs.getLong("id"), rs.getString("status"),
                        rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant()})
                .single();
        assertThat(exam[1]).isEqualTo("PUBLISHED");
        assertThat((Instant) exam[2]).isBefore(Instant.now().plusSeconds(1));
        assertThat((Instant) exam[3]).isAfter(Instant.now().plusSeconds(7 * 24 * 3600));
        assertThat(jdbc.sql("""
                        select count(distinct q.kind) from exam_question eq join question q on q.id = eq.question_id
                        where eq.exam_id = ? having count(*) >= 10""").param(exam[0]).query(Integer.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("""
                        select count(*) from enrolment n join app_user u on u.id = n.candidate_id
                        where n.exam_id = ? and u.username = 'demo'""").param(exam[0]).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(new PortalClient(port).signInWithCode("demo", AdmissionCode.derive(properties.secret(), "demo"))
                .status()).isEqualTo(200);
        assertThat(new PortalClient(port).signInWithPassword("demo", "demo").status()).isEqualTo(200);
        assertThat(new PortalClient(port).signInWithPassword("author", "examday-author").status()).isEqualTo(200);
    }
}
