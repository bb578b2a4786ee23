package io.examday.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page requests the implied load counts are the portal's pages as its templates link their files. */
class BrowserTest {

    private static final Path TEMPLATES = Path.of("..", "portal-app", "src", "main", "resources", "templates");
    private static final Pattern LINKED = Pattern.compile("@\\{(/(?:css|js)/[^}]+)}");

    private final Browser browser = new Browser(true);

    @Test
    void everyCandidateLoadsTheSignInLobbyAndAttemptPagesAndEachFileTheyLinkOnce() throws IOException {
        Set<String> files = new TreeSet<>(linked("login.html"));
        files.addAll(linked("lobby.html"));
        files.addAll(linked("attempt.html"));

        assertThat(browser.arrivalRequests()).isEqualTo(3 + files.size());
    }

    @Test
    void theStartStormAddsTheAttemptPageAndTheFilesNoEarlierPageLinked() throws IOException {
        Set<String> fresh = new TreeSet<>(linked("attempt.html"));
        fresh.removeAll(linked("login.html"));
        fresh.removeAll(linked("lobby.html"));

        assertThat(browser.startRequests()).isEqualTo(1 + fresh.size());
    }

    @Test
    void theResultPageBringsNoFileTheCandidateHasNotSeenAndPagesSeenAgainBringNone() throws IOException {
        Set<String> fresh = new TreeSet<>(linked("result.html"));
        fresh.removeAll(linked("login.html"));
        fresh.removeAll(linked("lobby.html"));
        fresh.removeAll(linked("attempt.html"));

        assertThat(browser.resultRequests()).isEqualTo(1 + fresh.size());
        assertThat(browser.reSignInRequests()).isEqualTo(2);
    }

    @Test
    void withoutPagesNothingIsAdded() {
        Browser apiOnly = Browser.apiOnly();

        assertThat(apiOnly.arrivalRequests() + apiOnly.startRequests() + apiOnly.resultRequests()
                + apiOnly.reSignInRequests()).isZero();
    }

    /** The files a page links: its own and those of the shared layout it is framed in. */
    private static Set<String> linked(String page) throws IOException {
        Set<String> files = new TreeSet<>();
        for (String template : new String[] {"layout.html", page}) {
            LINKED.matcher(Files.readString(TEMPLATES.resolve(template))).results().forEach(m -> files.add(m.group(1)));
        }
        return files;
    }
}
