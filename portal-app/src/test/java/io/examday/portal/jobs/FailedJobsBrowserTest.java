package io.examday.portal.jobs;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's failed-jobs page in a real headless Chromium: a job given up is listed and requeued with a reason. */
@PortalIntegrationTest
class FailedJobsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
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
    void anAdminRequeuesAFailedJobFromThePageWithAReason() {
        var fixtures = new Fixtures(jdbc, passwords);
        var failed = FailedGrading.of(jdbc, fixtures);
        var admin = fixtures.person(Role.ADMIN);
        String base = "http://127.0.0.1:" + port;

        HeadlessChromium.signIn(browser, wait, base, admin.username(), Fixtures.PASSWORD, "/author");
        browser.get(base + "/ops/jobs");
        var form = browser.findElement(By.cssSelector("form[action='/ops/jobs/" + failed.jobId() + "/requeue']"));
        form.findElement(By.name("reason")).sendKeys("SMTP fixed");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        var notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.notice")));
        assertThat(notice.getText()).isEqualTo("Job " + failed.jobId() + " is back in the queue.");
        assertThat(jdbc.sql("select status <> 'FAILED' and tries <= 1 from job where id = ?").param(failed.jobId())
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select reason from staff_action where action = 'JOB_REQUEUE' and attempt_id = ?")
                .param(failed.attemptId()).query(String.class).single()).isEqualTo("SMTP fixed");
    }
}
