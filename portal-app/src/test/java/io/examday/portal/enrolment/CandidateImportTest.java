package io.examday.portal.enrolment;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.AdmissionCode;
import io.examday.portal.identity.Role;
import io.examday.portal.stafflog.StaffSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exam office imports candidates for an exam through the API: each gets a random admission code, shown once in
 * the letters and stored only as its hash; a bad file imports no one; a lost code is replaced.
 */
@PortalIntegrationTest
class CandidateImportTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    DataSource dataSource;

    Fixtures fixtures;
    StaffSession author;
    long examId;
    String prefix;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        author = StaffSession.signedIn(port, fixtures, Role.AUTHOR);
        Instant now = Instant.now();
        examId = fixtures.publishedExam(now, now.plus(2, ChronoUnit.HOURS), 3600, List.of(Fixtures.Question.singleChoice("Q", 0)));
        prefix = "imp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void importedCandidatesSignInWithTheCodesOfTheirLettersWhichAreStoredOnlyAsHashes() {
        String csv = "username,displayName,email,extraTimeSeconds\n"
                + prefix + "-1,\"Lovelace, Ada\"," + prefix + "-1@example.org,900\n"
                + prefix + "-2,Grace Hopper," + prefix + "-2@example.org\n";

        var answer = importCsv(csv, "application/json");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("imported").asInt()).isEqualTo(2);
        List<JsonNode> letters = answer.json().path("letters").valueStream().toList();
        assertThat(letters).extracting(l -> l.path("displayName").asString()).containsExactly("Lovelace, Ada", "Grace Hopper");
        for (JsonNode letter : letters) {
            String username = letter.path("username").asString();
            String code = letter.path("admissionCode").asString();
            assertThat(code).matches("[0-9a-f]{20}");
            assertThat(new PortalClient(port).signInWithCode(username, code).status()).isEqualTo(200);
            String stored = jdbc.sql("select admission_code_hash from app_user where username = ?").param(username)
                    .query(String.class).single();
            assertThat(stored).isEqualTo(AdmissionCode.hash(code)).doesNotContain(code);
        }
        assertThat(letters.get(0).path("admissionCode").asString()).isNotEqualTo(letters.get(1).path("admissionCode").asString());
        assertThat(jdbc.sql("""
                        select n.extra_time_seconds from enrolment n join app_user u on u.id = n.candidate_id
                        where n.exam_id = ? and u.username = ?""").params(examId, prefix + "-1")
                .query(Integer.class).single()).isEqualTo(900);
        assertThat(jdbc.sql("""
                        select count(*) from staff_action where action = 'CANDIDATE_IMPORT' and exam_id = ?
                          and actor_id = ? and (detail ->> 'imported')::int = 2""")
                .params(examId, author.person().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileWithBadLinesImportsNoOneAndNamesEachLineAndField() {
        String csv = prefix + "-ok,Fine Person," + prefix + "-ok@example.org\n"
                + prefix + "-2,No Mail,not-an-address\n"
                + prefix + "-ok,Twice Listed," + prefix + "-3@example.org\n"
                + "just-one-field\n";

        var answer = importCsv(csv, "application/json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("invalid-candidate-import");
        assertThat(answer.json().path("errorCount").asInt()).isEqualTo(3);
        List<JsonNode> errors = answer.json().path("errors").valueStream().toList();
        assertThat(errors).extracting(e -> e.path("line").asInt() + ":" + e.path("field").asString())
                .containsExactly("2:email", "3:username", "4:line");
        assertThat(errors.get(1).path("message").asString()).contains("also on line 1");
        assertThat(jdbc.sql("select count(*) from app_user where username like ?").param(prefix + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anExistingUsernameRefusesTheFileAndKeepsItsCode() {
        var existing = fixtures.candidate();
        String before = jdbc.sql("select admission_code_hash from app_user where id = ?").param(existing.id())
                .query(String.class).single();

        var answer = importCsv(prefix + "-new,New One,new@example.org\n" + existing.username() + ",Same Name,x@example.org\n",
                "application/json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("already exists");
        assertThat(jdbc.sql("select admission_code_hash from app_user where id = ?").param(existing.id())
                .query(String.class).single()).isEqualTo(before);
        assertThat(new PortalClient(port).signInWithCode(existing.username(), existing.admissionCode()).status()).isEqualTo(200);
    }

    /**
     * Two imports at once both pass the check for taken usernames; the database's index on lower(username) decides.
     * An import from elsewhere holds "PREFIX-RACE" uncommitted while this one, with "prefix-race", waits on it.
     */
    @Test
    void anImportRacingAnotherForAUsernameDifferingOnlyByCaseImportsNoOne() throws Exception {
        String racing = prefix + "-race";
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var insert = other.prepareStatement("""
                    insert into app_user (username, display_name, role, password_hash) values (?, 'Other', 'CANDIDATE', 'x')""")) {
                insert.setString(1, racing.toUpperCase());
                insert.executeUpdate();
            }
            var answer = CompletableFuture.supplyAsync(() -> importCsv(
                    prefix + "-calm,Calm One," + prefix + "-calm@example.org\n" + racing + ",Racing One,r@example.org\n",
                    "application/json"));
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                            select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%on conflict%'""")
                    .query(Long.class).single() > 0);
            other.commit();

            var refused = answer.get(20, TimeUnit.SECONDS);

            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("line").asInt()).isEqualTo(2);
            assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("already exists");
        }
        assertThat(jdbc.sql("select username from app_user where lower(username) like ?").param(prefix + "-%")
                .query(String.class).list()).containsExactly(racing.toUpperCase());
    }

    @Test
    void theLettersComeAsAPdfWithAPagePerCandidateOrAsCsv() throws Exception {
        String csv = prefix + "-1,One," + prefix + "-1@example.org\n" + prefix + "-2,Two," + prefix + "-2@example.org\n"
                + prefix + "-3,Three," + prefix + "-3@example.org\n";

        var pdf = author.client().download("POST", "/api/exams/" + examId + "/candidates", "text/csv", "application/pdf", csv);

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control")).contains("no-store");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            var text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String second = text.getText(document);
            assertThat(second).contains(prefix + "-2").contains("Two").doesNotContain(prefix + "-3");
            String code = second.lines().filter(l -> l.strip().matches("[0-9a-f]{20}")).findFirst().orElseThrow().strip();
            assertThat(new PortalClient(port).signInWithCode(prefix + "-2", code).status()).isEqualTo(200);
        }

        var csvLetters = importCsv(prefix + "-4,\"Four, Esq.\"," + prefix + "-4@example.org\n", "text/csv");
        List<String> rows = csvLetters.body().lines().toList();
        assertThat(rows.getFirst()).isEqualTo(AdmissionLetters.CSV_HEADER);
        assertThat(rows.get(1)).startsWith(prefix + "-4,\"Four, Esq.\"," + prefix + "-4@example.org,");
        assertThat(rows).hasSize(2);
    }

    @Test
    void aReplacedCodeSignsInAndTheOldOneNoLonger() {
        var answer = importCsv(prefix + "-lost,Lost Letter," + prefix + "-lost@example.org\n", "application/json");
        String username = prefix + "-lost";
        String oldCode = answer.json().path("letters").get(0).path("admissionCode").asString();
        String path = "/api/exams/" + examId + "/candidates/" + username + "/admission-code";

        var refused = author.client().post(path, "{\"reason\":\" \"}");
        var renewed = author.client().post(path, "{\"reason\":\"Letter lost in the post\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("reason-required");
        assertThat(renewed.status()).isEqualTo(200);
        String newCode = renewed.json().path("admissionCode").asString();
        assertThat(newCode).matches("[0-9a-f]{20}").isNotEqualTo(oldCode);
        assertThat(new PortalClient(port).signInWithCode(username, oldCode).status()).isEqualTo(401);
        assertThat(new PortalClient(port).signInWithCode(username, newCode).status()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select reason from staff_action where action = 'ADMISSION_CODE_REGENERATION'
                          and candidate_username = ? and exam_id = ? and actor_id = ?""")
                .params(username, examId, author.person().id()).query(String.class).single())
                .isEqualTo("Letter lost in the post");
        var notEnrolled = author.client().post("/api/exams/" + examId + "/candidates/" + fixtures.candidate().username()
                + "/admission-code", "{\"reason\":\"lost\"}");
        assertThat(notEnrolled.status()).isEqualTo(404);
        assertThat(notEnrolled.code()).isEqualTo("candidate-not-enrolled");
    }

    /** Whoever found a lost letter may have signed in with it: replacing the code ends that session too. */
    @Test
    void aReplacedCodeEndsTheSessionsSignedInWithTheOldOne() {
        var answer = importCsv(prefix + "-found,Found Letter," + prefix + "-found@example.org\n", "application/json");
        String username = prefix + "-found";
        String oldCode = answer.json().path("letters").get(0).path("admissionCode").asString();
        var finder = new PortalClient(port);
        var owner = new PortalClient(port);
        assertThat(finder.signInWithCode(username, oldCode).status()).isEqualTo(200);
        assertThat(owner.signInWithCode(username, oldCode).status()).isEqualTo(200);
        assertThat(finder.get("/api/me/exams").status()).isEqualTo(200);

        var renewed = author.client().post("/api/exams/" + examId + "/candidates/" + username + "/admission-code",
                "{\"reason\":\"Letter found by someone else\"}");

        assertThat(renewed.status()).isEqualTo(200);
        assertThat(finder.get("/api/me/exams").status()).isEqualTo(401);
        assertThat(owner.get("/api/me/exams").status()).isEqualTo(401);
        var again = new PortalClient(port);
        assertThat(again.signInWithCode(username, renewed.json().path("admissionCode").asString()).status()).isEqualTo(200);
        assertThat(again.get("/api/me/exams").status()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select (detail ->> 'sessionsEnded')::int from staff_action
                        where action = 'ADMISSION_CODE_REGENERATION' and candidate_username = ?""")
                .param(username).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void onlyAuthorsImportCandidates() {
        for (Role role : new Role[]{Role.PROCTOR, Role.CANDIDATE}) {
            var client = role == Role.CANDIDATE ? signedInCandidate() : StaffSession.signedIn(port, fixtures, role).client();
            var answer = client.send("POST", "/api/exams/" + examId + "/candidates", "text/csv", "application/json",
                    prefix + "-x,X," + prefix + "-x@example.org\n");
            assertThat(answer.status()).as(role.name()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from app_user where username like ?").param(prefix + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileThatIsNotUtf8ImportsNoOneAndNamesTheLineOfItsFirstBadByte() {
        // A spreadsheet's "CSV (Comma delimited)" on Windows: Windows-1252, where ü is the lone byte 0xFC.
        byte[] latin1 = (prefix + "-1,Ada Lovelace," + prefix + "-1@example.org\n"
                + prefix + "-2,J\u00fcrgen M\u00fcller," + prefix + "-2@example.org\n").getBytes(StandardCharsets.ISO_8859_1);

        var answer = author.client().send("POST", "/api/exams/" + examId + "/candidates", "text/csv", "application/json", latin1);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("invalid-candidate-import");
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("field").asString()).isEqualTo("file");
        assertThat(error.path("message").asString()).contains("UTF-8");
        assertThat(jdbc.sql("select count(*) from app_user where username like ?").param(prefix + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aUsernameASpreadsheetWouldTakeForAFormulaIsRefused() {
        var answer = importCsv("-" + prefix + ",Minus Sign,m@example.org\n=" + prefix + ",Equals,e@example.org\n",
                "application/json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").valueStream().map(e -> e.path("line").asInt() + ":" + e.path("field").asString()).toList())
                .containsExactly("1:username", "2:username");
        assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("the first a letter or digit");
    }

    @Test
    void anImportIsLoggedWithWhoWhenWhatAndWhy() {
        Instant before = Instant.now().minusSeconds(1);
        var answer = author.client().send("POST", "/api/exams/" + examId + "/candidates?reason=Spring%20resit%20cohort",
                "text/csv", "application/json",
                prefix + "-1,One," + prefix + "-1@example.org,600\n" + prefix + "-2,Two," + prefix + "-2@example.org\n");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);

        var row = jdbc.sql("""
                        select actor_username, acted_at, reason, detail::text as detail from staff_action
                        where action = 'CANDIDATE_IMPORT' and exam_id = ?""")
                .param(examId).query((rs, n) -> List.of(rs.getString("actor_username"),
                        rs.getTimestamp("acted_at").toInstant().toString(), rs.getString("reason"), rs.getString("detail")))
                .single();
        assertThat(row.get(0)).isEqualTo(author.person().username());
        assertThat(Instant.parse(row.get(1))).isAfter(before);
        assertThat(row.get(2)).isEqualTo("Spring resit cohort");
        assertThat(row.get(3)).contains("\"imported\": 2").contains("\"withExtraTime\": 1")
                .contains(prefix + "-1").contains(prefix + "-2");
        assertThat(jdbc.sql("select count(*) from staff_action where action = 'ENROLMENT' and exam_id = ?")
                .param(examId).query(Long.class).single()).as("the enrolment the import made").isEqualTo(1);
    }

    @Test
    void aTooLongReasonIsRefusedAndNothingChanges() {
        var answer = author.client().send("POST", "/api/exams/" + examId + "/candidates?reason=" + "x".repeat(1001),
                "text/csv", "application/json", prefix + "-1,One," + prefix + "-1@example.org\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("reason-too-long");
        assertThat(jdbc.sql("select count(*) from app_user where username like ?").param(prefix + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAdminImportsAndOnlyAuthorsOrAdminsReplaceCodes() {
        var admin = StaffSession.signedIn(port, fixtures, Role.ADMIN).client();
        var imported = admin.send("POST", "/api/exams/" + examId + "/candidates", "text/csv", "application/json",
                prefix + "-1,One," + prefix + "-1@example.org\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String code = imported.json().path("letters").get(0).path("admissionCode").asString();
        String path = "/api/exams/" + examId + "/candidates/" + prefix + "-1/admission-code";

        for (Role role : new Role[]{Role.PROCTOR, Role.CANDIDATE}) {
            var client = role == Role.CANDIDATE ? signedInCandidate() : StaffSession.signedIn(port, fixtures, role).client();
            assertThat(client.post(path, "{\"reason\":\"lost\"}").status()).as(role.name()).isEqualTo(403);
        }
        assertThat(new PortalClient(port).signInWithCode(prefix + "-1", code).status()).isEqualTo(200);
        assertThat(admin.post(path, "{\"reason\":\"lost\"}").status()).isEqualTo(200);
        assertThat(new PortalClient(port).signInWithCode(prefix + "-1", code).status()).isEqualTo(401);
    }

    @Test
    void anImportWithoutJsonOrTheRequestHeaderIsRefusedAsForged() {
        var answer = author.client().forged("POST", "/api/exams/" + examId + "/candidates", "text/plain",
                prefix + "-1,One," + prefix + "-1@example.org\n");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("csrf-header-required");
        assertThat(jdbc.sql("select count(*) from app_user where username like ?").param(prefix + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBadFileAskedForAsPdfOrZipIsAProblemNotAFile() {
        for (String accept : new String[]{"application/pdf", "application/zip", "text/csv"}) {
            var answer = importCsv(prefix + "-1,One,not-an-address\n", accept);

            assertThat(answer.status()).as(accept).isEqualTo(400);
            assertThat(answer.contentType()).as(accept).startsWith("application/problem+json");
            assertThat(answer.code()).as(accept).isEqualTo("invalid-candidate-import");
        }
    }

    @Test
    void aCohortOfThousandsImportsInOneFileAndOneOverTheLimitRefusesItAll() {
        // ~300 KB: past the 256 KB a JSON body may be, within the 5 MB an import may.
        StringBuilder cohort = new StringBuilder("username,displayName,email,extraTimeSeconds\n");
        for (int i = 1; i <= 4000; i++) {
            cohort.append(prefix).append("-c").append(i).append(",\"Candidate, Number ").append(i).append("\",")
                    .append(prefix).append("-c").append(i).append("@example.org,").append(i % 4 == 0 ? "900" : "").append('\n');
        }
        StringBuilder tooMany = new StringBuilder();
        for (int i = 1; i <= 5001; i++) {
            tooMany.append(prefix).append("-t").append(i).append(",Too Many,").append(prefix).append("-t").append(i).append("@example.org\n");
        }

        var letters = importCsv(cohort.toString(), "text/csv");
        var refused = importCsv(tooMany.toString(), "application/json");

        assertThat(letters.status()).as(letters.body().lines().findFirst().orElse("")).isEqualTo(200);
        assertThat(letters.body().lines()).hasSize(4001);
        assertThat(jdbc.sql("""
                        select count(*) from enrolment n join app_user u on u.id = n.candidate_id
                        where n.exam_id = ? and u.username like ? and n.extra_time_seconds = 900""")
                .params(examId, prefix + "-c%").query(Long.class).single()).isEqualTo(1000);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("line").asInt()).isEqualTo(5001);
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("at most 5000");
        assertThat(jdbc.sql("select count(*) from app_user where username like ?").param(prefix + "-t%")
                .query(Long.class).single()).isZero();
    }

    private PortalClient signedInCandidate() {
        var candidate = fixtures.candidate();
        var client = new PortalClient(port);
        assertThat(client.signInWithCode(candidate.username(), candidate.admissionCode()).status()).isEqualTo(200);
        return client;
    }

    private PortalClient.Answer importCsv(String csv, String accept) {
        return author.client().send("POST", "/api/exams/" + examId + "/candidates", "text/csv", accept, csv);
    }
}
