package io.examday.portal.web;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.util.DigestUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The CSS and JavaScript as a browser meets them: linked from pages under content-versioned URLs, kept for a year,
 * revalidated with a 304, and served without a look at the session store; the pages themselves stay no-store.
 */
@PortalIntegrationTest
class StaticResourcesTest {

    private static final Pattern VERSIONED = Pattern.compile("(?:href|src)=\"(/(?:css|js)/[a-z]+-([0-9a-f]{32})\\.(?:css|js))\"");

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    private final ExamDay day;

    StaticResourcesTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void theAttemptPageLinksItsStylesAndScriptsUnderContentVersionedUrls() {
        String page = attemptPage(day.enrolled(day.openExam(ExamDay.fourKinds()))).body();

        assertThat(versionedUrls(page)).anyMatch(u -> u.startsWith("/css/portal-"))
                .anyMatch(u -> u.startsWith("/js/portal-")).anyMatch(u -> u.startsWith("/js/attempt-"));
        assertThat(page).doesNotContain("\"/js/attempt.js\"", "\"/js/portal.js\"", "\"/css/portal.css\"");
    }

    @Test
    void theLobbyPageLinksItsScriptUnderAContentVersionedUrl() {
        long examId = day.openExam(ExamDay.fourKinds());
        var lobby = day.enrolled(examId).client().get("/exams/" + examId + "/lobby");

        assertThat(lobby.status()).isEqualTo(200);
        assertThat(versionedUrls(lobby.body())).anyMatch(u -> u.startsWith("/js/lobby-"));
    }

    @Test
    void aVersionedFileIsPublicForAYearImmutableWithItsHashAsETag() {
        Matcher script = versioned(attemptPage(day.enrolled(day.openExam(ExamDay.fourKinds()))).body(), "/js/attempt-");

        var file = new PortalClient(port).get(script.group(1));

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).contains("javascript");
        assertThat(file.header("Cache-Control")).contains("max-age=31536000", "public", "immutable").doesNotContain("no-store");
        assertThat(file.header("ETag")).contains("\"" + script.group(2) + "\"");
        assertThat(file.header("Last-Modified")).as("no date: asking the packaged jar for one costs an exception").isEmpty();
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aRevalidationByETagIsNotModified() {
        String url = versioned(attemptPage(day.enrolled(day.openExam(ExamDay.fourKinds()))).body(), "/css/portal-").group(1);
        var client = new PortalClient(port);
        var first = client.get(url);

        var byETag = client.get(url, "If-None-Match", first.header("ETag"));

        assertThat(byETag.status()).isEqualTo(304);
        assertThat(byETag.body()).isEmpty();
    }

    @Test
    void aVersionedFileIsTheFileItNamesCountedUnderItsRoute() throws Exception {
        Matcher script = versioned(attemptPage(day.enrolled(day.openExam(ExamDay.fourKinds()))).body(), "/js/attempt-");
        byte[] onDisk;
        try (var in = getClass().getResourceAsStream("/static/js/attempt.js")) {
            onDisk = in.readAllBytes();
        }
        double before = servedUnder("/js/**");

        var file = new PortalClient(port).get(script.group(1));

        assertThat(file.body()).isEqualTo(new String(onDisk, StandardCharsets.UTF_8));
        assertThat(DigestUtils.md5DigestAsHex(onDisk)).isEqualTo(script.group(2));
        // The timer is recorded when the observation stops, just after the answer has gone out.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(servedUnder("/js/**")).isEqualTo(before + 1));
    }

    @Test
    void pagesStayNoStore() {
        var candidate = day.enrolled(day.openExam(ExamDay.fourKinds()));

        assertThat(attemptPage(candidate).header("Cache-Control")).contains("no-store");
        assertThat(new PortalClient(port).get("/login").header("Cache-Control")).contains("no-store");
    }

    @Test
    void aFileNeverReadsOrCreatesASession() {
        var candidate = day.enrolled(day.openExam(ExamDay.fourKinds()));
        String url = versioned(attemptPage(candidate).body(), "/js/portal-").group(1);

        long before = sessionReads();
        for (int i = 0; i < 20; i++) {
            var file = candidate.client().get(url); // sends the candidate's session cookie, as a browser does
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.header("Set-Cookie")).isEmpty();
        }
        long afterFiles = sessionReads();
        assertThat(candidate.client().get("/api/session").status()).isEqualTo(200);

        assertThat(afterFiles).isEqualTo(before);
        assertThat(sessionReads()).as("the same count sees an API request read the session").isGreaterThan(afterFiles);
        assertThat(new PortalClient(port).get(url).header("Set-Cookie")).as("no session for a newcomer").isEmpty();
    }

    private double servedUnder(String route) {
        return meters.find("http.server.requests").tag("uri", route).timers().stream().mapToDouble(t -> t.count()).sum();
    }

    private PortalClient.Answer attemptPage(ExamDay.Candidate candidate) {
        long examId = candidate.client().get("/api/me/exams").json().path(0).path("examId").asLong();
        var page = candidate.client().get("/attempts/" + ExamDay.start(candidate, examId));
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    private static java.util.List<String> versionedUrls(String page) {
        return VERSIONED.matcher(page).results().map(m -> m.group(1)).toList();
    }

    private static Matcher versioned(String page, String prefix) {
        Matcher m = VERSIONED.matcher(page);
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) {
                return m;
            }
        }
        throw new AssertionError("no versioned " + prefix + " link in the page");
    }

    /** Every session lookup is a hit or a miss of the local session copies ({@code cache_gets{cache="sessions"}}). */
    private long sessionReads() {
        return (long) meters.find("cache.gets").tag("cache", "sessions").counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
