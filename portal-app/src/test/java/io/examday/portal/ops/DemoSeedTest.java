package io.examday.portal.ops;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.exam.ExamListing;
import io.examday.portal.identity.AdmissionCode;
import io.examday.portal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoSeedTest {

    /** What the demo gave everyone before: no account may have one of these now. */
    static final List<String> OLD_FIXED_PASSWORDS = List.of("examday-admin", "examday-author", "examday-proctor", "demo");
    static final List<String> ACCOUNTS = List.of("demo", "admin", "author", "proctor");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoSeed demo;
    @Autowired
    SeedProperties properties;
    @Autowired
    ApplicationContext context;
    @Autowired
    ExamListing listing;

    /** The database outlives a run: start each test as a portal that never had the demo's accounts. */
    @BeforeEach
    void noDemoAccountsYet() {
        jdbc.sql("delete from app_user where username = any(?::text[])").param(ACCOUNTS.toArray(String[]::new))
                .update();
    }

    @Test
    void demoExamIsOpenWithQuestionsOfEveryKindAndTheDemoCandidateSignsInEnrolled() {
        DemoSignIns signIns = demo.seed();
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
        var candidate = signIn(signIns, "demo");
        assertThat(new PortalClient(port).signInWithCode("demo", candidate.admissionCode()).status()).isEqualTo(200);
        assertThat(new PortalClient(port).signInWithPassword("demo", candidate.password()).status()).isEqualTo(200);
        assertThat(new PortalClient(port).signInWithPassword("author", signIn(signIns, "author").password()).status())
                .isEqualTo(200);
    }

    @Test
    void demoIsOffUnlessAskedSoAStartSeedsNoAccounts() {
        assertThat(properties.demo()).isFalse();
        assertThat(context.getBeanNamesForType(DemoSeedAtStart.class)).isEmpty();
        // The same start-up bean is there once asked for: its absence above is the flag, not a broken condition.
        new ApplicationContextRunner()
                .withBean(ExamListing.class, () -> listing)
                .withBean(DemoSeed.class, () -> demo)
                .withUserConfiguration(DemoSeedAtStart.class)
                .withPropertyValues("examday.seed.demo=true")
                .run(asked -> assertThat(asked).hasSingleBean(DemoSeedAtStart.class));
        new ApplicationContextRunner()
                .withBean(ExamListing.class, () -> listing)
                .withBean(DemoSeed.class, () -> demo)
                .withUserConfiguration(DemoSeedAtStart.class)
                .run(unasked -> assertThat(unasked).doesNotHaveBean(DemoSeedAtStart.class));
        assertThat(jdbc.sql("select count(*) from app_user where username = any(?::text[])")
                .param(ACCOUNTS.toArray(String[]::new)).query(Integer.class).single()).isZero();
    }

    @Test
    void theDemoGivesEachNewAccountARandomPasswordPrintedOnceThatSignsIn(CapturedOutput output) {
        DemoSignIns signIns = demo.seed();

        assertThat(signIns.created()).extracting(SeededAccounts.SignIn::username)
                .containsExactlyInAnyOrderElementsOf(ACCOUNTS);
        assertThat(output.getOut()).contains("they will not be shown again");
        for (SeededAccounts.SignIn signIn : signIns.created()) {
            assertThat(signIn.password()).hasSize(RandomPassword.LENGTH).isNotIn(OLD_FIXED_PASSWORDS);
            assertThat(output.getOut()).containsOnlyOnce(signIn.password());
            assertThat(new PortalClient(port).signInWithPassword(signIn.username(), signIn.password()).status())
                    .isEqualTo(200);
            for (String old : OLD_FIXED_PASSWORDS) {
                // Each wrong password from an address of its own: 127.0.0.1 would soon be throttled for the right one.
                assertThat(new PortalClient(port, PortalClient.someClientAddress())
                        .signInWithPassword(signIn.username(), old).status()).isEqualTo(401);
            }
            String stored = jdbc.sql("select password_hash from app_user where username = ?")
                    .param(signIn.username()).query(String.class).single();
            assertThat(stored).startsWith("$2").doesNotContain(signIn.password());
        }
        assertThat(signIns.created()).extracting(SeededAccounts.SignIn::password).doesNotHaveDuplicates();
        var candidate = signIn(signIns, "demo");
        assertThat(candidate.role()).isEqualTo(Role.CANDIDATE);
        assertThat(candidate.admissionCode()).hasSize(AdmissionCode.LENGTH)
                .isNotEqualTo(AdmissionCode.derive(properties.secret(), "demo"))
                .isNotEqualTo(AdmissionCode.derive(SeedProperties.DEFAULT_SECRET, "demo"));
        assertThat(output.getOut()).containsOnlyOnce(candidate.admissionCode());
        assertThat(jdbc.sql("select admission_code_hash from app_user where username = 'demo'").query(String.class)
                .single()).isEqualTo(AdmissionCode.hash(candidate.admissionCode()));
        assertThat(new PortalClient(port).signInWithCode("demo",
                AdmissionCode.derive(properties.secret(), "demo")).status()).isEqualTo(401);
        assertThat(new PortalClient(port).signInWithPassword("admin", signIn(signIns, "admin").password())
                .json().path("role").asString()).isEqualTo("ADMIN");
    }

    @Test
    void accountsThatExistKeepTheirPasswordsOnASecondDemoRun(CapturedOutput output) {
        DemoSignIns first = demo.seed();
        DemoSignIns second = demo.seed();

        assertThat(second.created()).isEmpty();
        assertThat(second.existing()).containsExactlyInAnyOrderElementsOf(ACCOUNTS);
        assertThat(output.getOut()).contains("already exist and keep their passwords");
        for (SeededAccounts.SignIn signIn : first.created()) {
            assertThat(output.getOut()).containsOnlyOnce(signIn.password());
            assertThat(new PortalClient(port).signInWithPassword(signIn.username(), signIn.password()).status())
                    .isEqualTo(200);
        }
        assertThat(new PortalClient(port).signInWithCode("demo", signIn(first, "demo").admissionCode()).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from exam where code = 'DEMO'").query(Integer.class).single()).isEqualTo(1);
    }

    private static SeededAccounts.SignIn signIn(DemoSignIns signIns, String username) {
        return signIns.created().stream().filter(s -> s.username().equals(username)).findFirst().orElseThrow();
    }
}
