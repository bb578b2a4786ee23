package io.examday.portal.proctor;

import io.examday.portal.Fixtures;
import io.examday.portal.HeadlessChromium;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The proctor's live view in a real headless Chromium: a refused extension or reopen reads as a sentence. */
@PortalIntegrationTest
class ProctorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    LiveBoard board;
    @TempDir
    Path profile;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anExtensionPastTheCapAndAReopenWithoutAReasonAreReadableMessagesOnTheLiveView() {
        var fixtures = new Fixtures(jdbc, passwords);
        Instant now = Instant.now();
        long examId = fixtures.publishedExam(now.minus(1, ChronoUnit.MINUTES), now.plus(2, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
        var candidate = fixtures.candidate();
        fixtures.enrol(examId, candidate.id(), 0);
        // Whole microseconds, as PostgreSQL stores them (it rounds finer ones, so a truncated copy may differ).
        Instant deadline = now.plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
        long attemptId = new AttemptRows(jdbc).start(examId, candidate.id(), deadline);
        new AttemptRows(jdbc).close(attemptId, "SUBMITTED", now);
        board.attemptStarted(examId, candidate.username(), attemptId, deadline);
        board.attemptSubmitted(examId, candidate.username(), attemptId, "SUBMITTED", deadline);
        var proctor = fixtures.person(Role.PROCTOR);
        String base = "http://127.0.0.1:" + port;

        HeadlessChromium.signIn(browser, wait, base, proctor.username(), Fixtures.PASSWORD, "/proctor");
        browser.get(base + "/proctor/exams/" + examId);

        button("Extend…").click();
        answerPrompt("70");
        answerPrompt("Fire alarm");
        var problem = browser.findElement(By.id("problem"));
        wait.until(d -> problem.isDisplayed());
        assertThat(problem.getText()).isEqualTo(candidate.username() + ": An extension of 70 min would pass attempt "
                + attemptId + "'s cap of 60 min: it has had none, so at most 60 min is left.");

        button("Reopen").click();
        answerPrompt("");
        answerPrompt("0");
        wait.until(d -> problem.getText().contains("Say why"));
        assertThat(problem.getText()).isEqualTo(candidate.username() + ": Say why the attempt is reopened.");
        assertThat(jdbc.sql("select deadline from attempt where id = ?").param(attemptId).query(Timestamp.class)
                .single().toInstant()).isEqualTo(deadline);
        assertThat(jdbc.sql("select status from attempt where id = ?").param(attemptId).query(String.class).single())
                .isEqualTo("SUBMITTED");
    }

    private WebElement button(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//tbody[@id='candidates']//button[text()='" + label + "']")));
    }

    private void answerPrompt(String text) {
        var prompt = wait.until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys(text);
        prompt.accept();
    }
}
