package io.examday.portal.ops;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.AdmissionCode;
import io.examday.portal.proctor.AttemptRows;
import io.examday.portal.proctor.LiveBoard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalIntegrationTest
class LoadSeedTest {

    static final SeedPlan PLAN = new SeedPlan(500, 2, 8, 0, false);
    static final SeedPlan PLAN_WITH_RESET = new SeedPlan(500, 2, 8, 0, true);
    static final List<String> OLD_FIXED_PASSWORDS = List.of("examday-admin", "examday-author", "examday-proctor");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoadSeed seed;
    @Autowired
    SeedProperties properties;
    @Autowired
    LiveBoard board;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void seedLoadsCandidatesEnrolledRoundRobinWhoseAdmissionCodesSignIn() {
        var report = seed.run(PLAN_WITH_RESET);

        assertThat(report.examIds()).hasSize(2);
        assertThat(examOf("cand-00001")).isEqualTo("LOAD-1");
        assertThat(examOf("cand-00002")).isEqualTo("LOAD-2");
        assertThat(examOf("cand-00500")).isEqualTo("LOAD-2");
        for (long examId : report.examIds()) {
            assertThat(jdbc.sql("""
                            select count(*) from enrolment n join app_user u on u.id = n.candidate_id
                            where n.exam_id = ? and u.username ~ '^cand-[0-9]+$'""")
                    .param(examId).query(Integer.class).single()).isEqualTo(250);
            assertThat(jdbc.sql("select status from exam where id = ?").param(examId).query(String.class).single())
                    .isEqualTo("PUBLISHED");
            assertThat(jdbc.sql("""
                            select count(distinct q.kind) from exam_question eq join question q on q.id = eq.question_id
                            where eq.exam_id = ? having count(*) = 8""").param(examId).query(Integer.class).single())
                    .isEqualTo(4);
        }
        var candidate = new PortalClient(port).signInWithCode("cand-00007",
                AdmissionCode.derive(properties.secret(), "cand-00007"));
        assertThat(candidate.status()).isEqualTo(200);
        assertThat(candidate.json().path("role").asString()).isEqualTo("CANDIDATE");
        assertThat(new PortalClient(port).signInWithPassword("cand-00499", "examday-load").status()).isEqualTo(200);
        assertThat(new PortalClient(port).signInWithPassword("load-admin", derived("load-admin")).json().path("role")
                .asString()).isEqualTo("ADMIN");
        assertThat(new PortalClient(port).signInWithPassword("load-author", derived("load-author")).status())
                .isEqualTo(200);
        assertThat(new PortalClient(port).signInWithPassword("load-proctor", derived("load-proctor")).status())
                .isEqualTo(200);
    }

    @Test
    void theSeedsOwnStaffSignInWithPasswordsDerivedFromTheSecretAndTheOldFixedPasswordsNoLongerWork() {
        jdbc.sql("delete from app_user where username in ('admin', 'author', 'proctor')").update();

        seed.run(PLAN);

        for (var staff : LoadStaff.ACCOUNTS) {
            var signedIn = new PortalClient(port).signInWithPassword(staff.username(), derived(staff.username()));
            assertThat(signedIn.status()).isEqualTo(200);
            assertThat(signedIn.json().path("role").asString()).isEqualTo(staff.role().name());
            assertThat(derived(staff.username())).isNotEqualTo(AdmissionCode.derive(properties.secret(), staff.username()))
                    .isNotEqualTo(LoadStaff.password(SeedProperties.DEFAULT_SECRET, staff.username()));
        }
        for (String old : OLD_FIXED_PASSWORDS) {
            for (var username : List.of("admin", "author", "proctor", "load-admin", "load-author", "load-proctor")) {
                // Each wrong password from an address of its own: 127.0.0.1 would soon be throttled for the right one.
                assertThat(new PortalClient(port, PortalClient.someClientAddress())
                        .signInWithPassword(username, old).status()).isEqualTo(401);
            }
        }
        // The portal's real staff get no account, and so no password, from the load seed.
        assertThat(jdbc.sql("select count(*) from app_user where username in ('admin', 'author', 'proctor')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aLoadStaffPasswordChangedSinceIsResetByTheNextSeed() {
        seed.run(PLAN);
        jdbc.sql("update app_user set password_hash = ? where username = 'load-proctor'")
                .param(passwords.encode("examday-proctor")).update();

        var report = seed.run(PLAN);

        assertThat(report.staffReset()).isEqualTo(1);
        assertThat(report.staffCreated()).isZero();
        assertThat(new PortalClient(port).signInWithPassword("load-proctor", derived("load-proctor")).status())
                .isEqualTo(200);
        assertThat(new PortalClient(port, PortalClient.someClientAddress())
                .signInWithPassword("load-proctor", "examday-proctor").status())
                .isEqualTo(401);
    }

    @Test
    void seedCommandRunsFromItsArgumentsAndAnswersBadOnesWithExitCode2() {
        var command = new SeedCommand(seed);
        command.run(new DefaultApplicationArguments("seed", "--candidates", "500", "--exams=2", "--questions", "8"));
        assertThat(command.getExitCode()).isZero();
        assertThat(examOf("cand-00500")).isEqualTo("LOAD-2");

        var refused = new SeedCommand(seed);
        refused.run(new DefaultApplicationArguments("seed", "--candidates", "lots"));
        assertThat(refused.getExitCode()).isEqualTo(2);
    }

    @Test
    void seedingTwiceCreatesNothingTheSecondTime() {
        var first = seed.run(PLAN_WITH_RESET);
        var second = seed.run(PLAN);

        assertThat(second.examIds()).isEqualTo(first.examIds());
        assertThat(second.candidatesCreated()).isZero();
        assertThat(second.codesChanged()).isZero();
        assertThat(second.enrolled()).isZero();
        assertThat(second.unenrolled()).isZero();
        assertThat(second.staffCreated()).isZero();
        assertThat(second.staffReset()).isZero();
    }

    @Test
    void resetDeletesTheLoadExamsAttemptsAndClearsTheirLiveBoards() {
        long examId = seed.run(PLAN_WITH_RESET).examIds().getFirst();
        long candidateId = jdbc.sql("select id from app_user where username = 'cand-00001'").query(Long.class).single();
        var attempts = new AttemptRows(jdbc);
        Instant deadline = Instant.now().plus(1, ChronoUnit.HOURS);
        long attemptId = attempts.start(examId, candidateId, deadline);
        attempts.answer(attemptId, 1, "1");
        attempts.job(attemptId, "GRADE", "PENDING");
        board.attemptStarted(examId, "cand-00001", attemptId, deadline);

        var report = seed.run(PLAN_WITH_RESET);

        assertThat(report.attemptsDeleted()).isEqualTo(1);
        assertThat(report.examIds().getFirst()).isEqualTo(examId);
        assertThat(jdbc.sql("select count(*) from attempt where exam_id = ?").param(examId).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from answer where attempt_id = ?").param(attemptId).query(Integer.class)
                .single()).isZero();
        assertThat(board.counts(examId)).isEqualTo(new LiveBoard.Counts(0, 0));
        assertThat(board.recent(examId, 10)).isEmpty();
    }

    @Test
    void resetAlsoDeletesTheAttemptsOfLoadExamsBeyondThisPlan() {
        long fourth = seed.run(new SeedPlan(500, 4, 8, 0, true)).examIds().getLast();
        long candidateId = jdbc.sql("select id from app_user where username = 'cand-00004'").query(Long.class).single();
        long attemptId = new AttemptRows(jdbc).start(fourth, candidateId, Instant.now().plus(1, ChronoUnit.HOURS));
        new AttemptRows(jdbc).job(attemptId, "GRADE", "PENDING");

        var report = seed.run(PLAN_WITH_RESET);

        assertThat(report.examIds()).doesNotContain(fourth);
        assertThat(report.attemptsDeleted()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attempt where exam_id = ?").param(fourth).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from job where attempt_id = ?").param(attemptId).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void anExamOfAnotherSizeIsReplacedOnlyWithReset() {
        long examId = seed.run(PLAN_WITH_RESET).examIds().getFirst();
        long candidateId = jdbc.sql("select id from app_user where username = 'cand-00001'").query(Long.class).single();
        new AttemptRows(jdbc).start(examId, candidateId, Instant.now().plus(1, ChronoUnit.HOURS));

        assertThatThrownBy(() -> seed.run(new SeedPlan(500, 2, 6, 0, false))).isInstanceOf(SeedRefused.class)
                .hasMessageContaining("--reset");
        assertThat(jdbc.sql("select count(*) from attempt where exam_id = ?").param(examId).query(Integer.class)
                .single()).isEqualTo(1);

        var replaced = seed.run(new SeedPlan(500, 2, 6, 0, true));
        assertThat(replaced.examIds().getFirst()).isNotEqualTo(examId);
        assertThat(jdbc.sql("select count(*) from exam_question where exam_id = ?").param(replaced.examIds().getFirst())
                .query(Integer.class).single()).isEqualTo(6);
        assertThat(examOf("cand-00001")).isEqualTo("LOAD-1");
    }

    @Test
    void rehearsalCandidatesSitTheirOwnExamWhichEachSeedEmpties() {
        var plan = new SeedPlan(500, 2, 8, 40, false);
        seed.run(plan);
        long rehearsalId = jdbc.sql("select id from exam where code = 'REHEARSAL'").query(Long.class).single();
        long candidateId = jdbc.sql("select id from app_user where username = 'rehearsal-00040'").query(Long.class).single();
        new AttemptRows(jdbc).start(rehearsalId, candidateId, Instant.now().plus(1, ChronoUnit.HOURS));

        seed.run(plan);

        assertThat(jdbc.sql("select id from exam where code = 'REHEARSAL'").query(Long.class).single()).isEqualTo(rehearsalId);
        assertThat(jdbc.sql("select count(*) from attempt where exam_id = ?").param(rehearsalId).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("""
                        select e.code from enrolment n join exam e on e.id = n.exam_id join app_user u on u.id = n.candidate_id
                        where u.username ~ '^rehearsal-[0-9]+$' group by e.code having count(*) = 40""")
                .query(String.class).list()).containsExactly("REHEARSAL");
        assertThat(jdbc.sql("select count(*) from exam_question where exam_id = ?").param(rehearsalId)
                .query(Integer.class).single()).isEqualTo(8);
        assertThat(new PortalClient(port).signInWithCode("rehearsal-00001",
                AdmissionCode.derive(properties.secret(), "rehearsal-00001")).status()).isEqualTo(200);
        assertThat(examOf("cand-00002")).isEqualTo("LOAD-2");
    }

    private String derived(String username) {
        return LoadStaff.password(properties.secret(), username);
    }

    private String examOf(String username) {
        List<String> codes = jdbc.sql("""
                        select e.code from enrolment n join exam e on e.id = n.exam_id join app_user u on u.id = n.candidate_id
                        where u.username = ? and e.code ~ '^LOAD-[0-9]+$'""")
                .param(username).query(String.class).list();
        assertThat(codes).hasSize(1);
        return codes.getFirst();
    }
}
