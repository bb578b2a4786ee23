package io.examday.portal.web;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import io.examday.portal.exam.PageForm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page's form token lives in a cookie until a session exists, and in the session after. */
@PortalIntegrationTest
class VisitorCsrfTokensTest {

    @LocalServerPort
    int port;

    private final Fixtures.Person candidate;

    VisitorCsrfTokensTest(ExamDay day) {
        this.candidate = day.fixtures().candidate();
    }

    @Test
    void theSignInPageOpensNoSessionAndKeepsItsTokenInAStrictHttpOnlyCookie() {
        var page = new PortalClient(port).get("/login");

        assertThat(page.status()).isEqualTo(200);
        var cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
        assertThat(cookies).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith(VisitorCsrfTokens.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict"));
    }

    @Test
    void theSignInFormSignsInWithTheTokenItsCookieHoldsAndDropsTheCookie() {
        var client = new PortalClient(port);

        var answer = PageForm.from(client, "/login").post("/login",
                Map.of("username", candidate.username(), "password", candidate.admissionCode()));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).doesNotContain("/login");
        assertThat(answer.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(VisitorCsrfTokens.COOKIE + "=;")
                        .contains("Expires=Thu, 01 Jan 1970"));
        assertThat(client.get("/api/session").status()).isEqualTo(200);
    }

    @Test
    void aSignInFormPostedWithoutItsCookieIsRefused() {
        var form = PageForm.from(new PortalClient(port), "/login");
        var elsewhere = new PortalClient(port);

        var answer = form.postedBy(elsewhere).post("/login",
                Map.of("username", candidate.username(), "password", candidate.admissionCode()));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(elsewhere.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void onceSignedInTheCookiesTokenNoLongerPassesAForm() {
        var client = new PortalClient(port);
        var visitorsForm = PageForm.from(client, "/login");
        assertThat(client.signInWithCode(candidate.username(), candidate.admissionCode()).status()).isEqualTo(200);

        var signOut = visitorsForm.post("/logout", Map.of());

        assertThat(signOut.status()).isEqualTo(403);
        assertThat(client.get("/api/session").status()).isEqualTo(200);
        assertThat(PageForm.from(client, "/exams").post("/logout", Map.of()).status()).isEqualTo(302);
        assertThat(client.get("/api/session").status()).isEqualTo(401);
    }
}
