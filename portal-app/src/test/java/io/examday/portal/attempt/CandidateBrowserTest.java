package io.examday.portal.attempt;

import io.examday.portal.Fixtures;
import io.examday.portal.HeadlessChromium;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate's whole exam in a real headless Chromium: sign in, lobby, answer, autosave, timer, submit, result. */
@PortalIntegrationTest
class CandidateBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path profile;

    WebDriver browser;

    private final ExamDay day;

    CandidateBrowserTest(ExamDay day) {
        this.day = day;
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open(profile);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void candidateTakesTheExamInABrowserAndSeesTheResult() {
        long examId = day.openExam(List.of(Fixtures.Question.singleChoice("Which is the second letter?", 1),
                new Fixtures.Question("SHORT_TEXT", "Capital of France?", "[]", "\"Paris\"", null, 1)));
        var candidate = day.fixtures().candidate();
        day.fixtures().enrol(examId, candidate.id(), 0);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://127.0.0.1:" + port;

        HeadlessChromium.signIn(browser, wait, base, candidate.username(), candidate.admissionCode(), "/exams");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My exams");

        browser.findElement(By.cssSelector("[data-exam-id='" + examId + "'] a")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start"))).click();
        wait.until(ExpectedConditions.urlMatches("/attempts/\\d+$"));

        var timer = browser.findElement(By.id("timer"));
        wait.until(d -> timer.getText().matches("59:\\d\\d|1:00:00"));
        browser.findElements(By.cssSelector(".question input[type=radio]")).get(1).click();
        var indicator = browser.findElement(By.id("autosave"));
        wait.until(d -> indicator.getText().startsWith("All answers saved"));

        browser.findElement(By.id("next")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        browser.findElement(By.cssSelector(".question textarea")).sendKeys("paris");
        wait.until(d -> browser.findElement(By.id("autosave")).getText().startsWith("All answers saved"));

        browser.findElement(By.id("submit-exam")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.urlMatches("/attempts/\\d+/result$"));
        var score = new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertThat(score.getText()).isEqualTo("2 of 2");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }

    @Test
    void wrongAdmissionCodeShowsAReadableMessageOnTheSignInPage() {
        var candidate = day.fixtures().candidate();
        // As if through a proxy, from an address of its own: failed sign-ins are counted per client address.
        var chromium = (ChromeDriver) browser;
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", PortalClient.someClientAddress())));
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(candidate.username());
        browser.findElement(By.id("password")).sendKeys("not-the-code");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        var message = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message.error")));
        assertThat(message.getText()).contains("wrong password or admission code");
    }
}
