package io.examday.portal.enrolment;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.exam.PageForm;
import io.examday.portal.identity.Role;
import io.examday.portal.stafflog.StaffSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidates page over HTTP: an upload shows each code once with a download of the letters, which prints only
 * codes that are the candidates' current ones.
 */
@PortalIntegrationTest
class CandidateImportPageTest {

    private static final Pattern SHOWN_CODE = Pattern.compile("class=\"admission-code\">([0-9a-f]{20})<");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    PortalClient author;
    long examId;
    String prefix;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        author = StaffSession.signedIn(port, fixtures, Role.AUTHOR).client();
        Instant now = Instant.now();
        examId = fixtures.publishedExam(now, now.plus(2, ChronoUnit.HOURS), 3600, List.of(Fixtures.Question.singleChoice("Q", 0)));
        prefix = "page-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anUploadShowsEachCodeOnceAndTheLettersDownloadAsPdfAndCsv() throws IOException {
        String page = "/author/exams/" + examId + "/candidates";
        var uploaded = PageForm.from(author, page).upload(page, "cohort.csv",
                prefix + "-1,One," + prefix + "-1@example.org\n" + prefix + "-2,Two," + prefix + "-2@example.org\n", Map.of());

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.body()).contains("2 candidates imported and enrolled.").contains("shown only now");
        List<String> codes = SHOWN_CODE.matcher(uploaded.body()).results().map(m -> m.group(1)).toList();
        assertThat(codes).hasSize(2);
        assertThat(new PortalClient(port).signInWithCode(prefix + "-1", codes.get(0)).status()).isEqualTo(200);

        var zip = downloadLetters(page, List.of(prefix + "-1", prefix + "-2"), codes);
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        assertThat(entries(zip.bytes())).containsExactlyInAnyOrder(
                AdmissionLetters.fileName(codeOf(examId), "pdf"), AdmissionLetters.fileName(codeOf(examId), "csv"));
        assertThat(author.get(page).body()).doesNotContain(codes.get(0));
    }

    @Test
    void aLetterWhoseCodeIsNotTheCandidatesCurrentOneIsNotPrinted() {
        String page = "/author/exams/" + examId + "/candidates";
        var uploaded = PageForm.from(author, page).upload(page, "one.csv", prefix + "-1,One," + prefix + "-1@example.org\n", Map.of());
        assertThat(uploaded.status()).isEqualTo(200);

        var forged = downloadLetters(page, List.of(prefix + "-1"), List.of("0123456789abcdef0123"));

        assertThat(forged.status()).isEqualTo(400);
        assertThat(new String(forged.bytes(), StandardCharsets.UTF_8)).contains("does not hold that candidate").contains("current admission code in ");
    }

    @Test
    void aBadUploadListsItsLinesOnThePageAndImportsNoOne() {
        String page = "/author/exams/" + examId + "/candidates";

        var refused = PageForm.from(author, page).upload(page, "bad.csv",
                prefix + "-1,One,one@example.org\n" + prefix + "-2,,two@example.org\n", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("1 line is wrong; nobody was imported.").contains("displayName")
                .contains("must be 1 to 200 characters");
        assertThat(jdbc.sql("select count(*) from app_user where username like ?").param(prefix + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCodeReplacedOnThePageIsShownOnceSignsInAndTheOldOneNoLonger() {
        String page = "/author/exams/" + examId + "/candidates";
        var uploaded = PageForm.from(author, page).upload(page, "one.csv", prefix + "-1,One," + prefix + "-1@example.org\n",
                Map.of("reason", "First sitting"));
        String oldCode = SHOWN_CODE.matcher(uploaded.body()).results().map(m -> m.group(1)).findFirst().orElseThrow();

        var noReason = PageForm.from(author, page).post(page + "/admission-code", Map.of("username", prefix + "-1", "reason", " "));
        var replaced = PageForm.from(author, page).post(page + "/admission-code",
                Map.of("username", prefix + "-1", "reason", "Letter lost in the post"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Say why the admission code is replaced.");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body()).contains(prefix + "-1 has a new admission code; the old one no longer signs in.");
        String newCode = SHOWN_CODE.matcher(replaced.body()).results().map(m -> m.group(1)).findFirst().orElseThrow();
        assertThat(newCode).isNotEqualTo(oldCode);
        assertThat(new PortalClient(port).signInWithCode(prefix + "-1", oldCode).status()).isEqualTo(401);
        assertThat(new PortalClient(port).signInWithCode(prefix + "-1", newCode).status()).isEqualTo(200);
        assertThat(downloadLetters(page, List.of(prefix + "-1"), List.of(oldCode)).status())
                .as("the old code's letter is no longer printed").isEqualTo(400);
        assertThat(jdbc.sql("""
                        select reason from staff_action where exam_id = ? and action in ('CANDIDATE_IMPORT', 'ADMISSION_CODE_REGENERATION')
                        order by id""").param(examId).query(String.class).list())
                .containsExactly("First sitting", "Letter lost in the post");
    }

    @Test
    void onlyAuthorsAndAdminsOpenTheCandidatesPage() {
        String page = "/author/exams/" + examId + "/candidates";
        var candidate = fixtures.candidate();
        var candidateClient = new PortalClient(port);
        assertThat(candidateClient.signInWithCode(candidate.username(), candidate.admissionCode()).status()).isEqualTo(200);

        assertThat(candidateClient.get(page).status()).as("candidate").isEqualTo(403);
        assertThat(StaffSession.signedIn(port, fixtures, Role.PROCTOR).client().get(page).status()).as("proctor").isEqualTo(403);
        assertThat(StaffSession.signedIn(port, fixtures, Role.ADMIN).client().get(page).status()).as("admin").isEqualTo(200);
        assertThat(author.get(page).body()).contains("Import candidates").contains("Replace a lost admission code");
    }

    private PortalClient.Download downloadLetters(String page, List<String> usernames, List<String> codes) {
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(author.get(page).body());
        assertThat(csrf.find()).isTrue();
        StringBuilder form = new StringBuilder("_csrf=" + encode(csrf.group(1)));
        for (int i = 0; i < usernames.size(); i++) {
            form.append("&username=").append(encode(usernames.get(i))).append("&code=").append(encode(codes.get(i)));
        }
        return author.download("POST", page + "/letters", "application/x-www-form-urlencoded", "*/*", form.toString());
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private String codeOf(long exam) {
        return jdbc.sql("select code from exam where id = ?").param(exam).query(String.class).single();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
