package io.examday.portal.enrolment;

import io.examday.portal.Fixtures;
import io.examday.portal.HeadlessChromium;
import io.examday.portal.PortalClient;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidates page in a real headless Chromium: a CSV file chosen and imported, and a bad one's lines listed. */
@PortalIntegrationTest
class CandidateImportBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @TempDir
    Path profile;
    @TempDir
    Path files;

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
    void anAuthorUploadsACsvAndSeesEachCodeOnceThenABadFilesLinesAreListed() throws IOException {
        var fixtures = new Fixtures(jdbc, passwords);
        Instant now = Instant.now();
        long examId = fixtures.publishedExam(now, now.plus(2, ChronoUnit.HOURS), 3600, List.of(Fixtures.Question.singleChoice("Q", 0)));
        var author = fixtures.person(Role.AUTHOR);
        String prefix = "chr-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "http://127.0.0.1:" + port;
        HeadlessChromium.signIn(browser, wait, base, author.username(), Fixtures.PASSWORD, "/author");

        browser.get(base + "/author/exams/" + examId);
        browser.findElement(By.linkText("Import candidates")).click();
        upload(Files.writeString(files.resolve("cohort.csv"),
                prefix + "-1,\"Hopper, Grace\"," + prefix + "-1@example.org,600\n" + prefix + "-2,Alan Turing," + prefix + "-2@example.org\n"));

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#letters .notice")));
        assertThat(notice.getText()).isEqualTo("2 candidates imported and enrolled.");
        List<WebElement> codes = browser.findElements(By.cssSelector("#letters code.admission-code"));
        assertThat(codes).hasSize(2);
        assertThat(browser.findElement(By.id("letters")).getText()).contains("Hopper, Grace");
        assertThat(new PortalClient(port).signInWithCode(prefix + "-1", codes.get(0).getText()).status()).isEqualTo(200);

        upload(Files.writeString(files.resolve("bad.csv"), prefix + "-3,Bad Mail,nowhere\n"));
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(alert.getText()).contains("1 line is wrong; nobody was imported.").contains("email")
                .contains("is not an email address");
        assertThat(browser.findElements(By.id("letters"))).isEmpty();
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[text()='Import']")).click();
    }
}
