package io.examday.portal.web;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(file.header("Last-Modified")).isNotEmpty();
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aRevalidationByETagOrByDateIsNotModified() {
        String url = versioned(attemptPage(day.enrolled(day.openExam(ExamDay.fourKinds()))).body(), "/css/portal-").group(1);
        var client = new PortalClient(port);
        var first = client.get(url);

        var byETag = client.get(url, "If-None-Match", first.header("ETag"));
        var byDate = client.get(url, "If-Modified-Since", first.header("Last-Modified"));

        assertThat(byETag.status()).isEqualTo(304);
        assertThat(byETag.body()).isEmpty();
        assertThat(byDate.status()).isEqualTo(304);
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
