package io.examday.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.examday.harness.gate.Gate;
import io.examday.harness.gate.Verdict;
import io.examday.harness.run.Run;
import io.examday.harness.run.RunFixture;
import io.examday.harness.run.RunFolder;
import io.examday.harness.threshold.TestThresholds;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** Opens a rendered report in real headless Chromium, offline, as a manager's browser would. */
class ReportInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int CHARTS = 8;

    @TempDir
    Path reports;

    @TempDir
    Path profile;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reportOpensOfflineWithVerdictChartsAndNoConsoleErrors() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM + ": skipped; install it with apt-get install chromium chromium-driver");
        Path page = judgedReport(new RunFixture().fullLoadLatencyMs(412));

        browser = chromium();
        browser.get(page.toUri().toString());
        awaitCharts(Duration.ofSeconds(30));

        assertThat(browser.findElement(By.id("verdict")).getText())
                .startsWith("FAIL").contains("p95 response time, all requests was 412 ms, target below 300 ms");
        assertThat(browser.findElements(By.cssSelector("#thresholds tbody tr"))).hasSizeGreaterThan(10);
        assertThat(browser.findElements(By.cssSelector("#endpoints tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".chart.empty"))).isEmpty();
        assertThat(paintedCanvases()).isGreaterThanOrEqualTo(CHARTS);
        assertThat(loadedResources()).allSatisfy(url -> assertThat(url).startsWith("file:"));
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("browser console").isEmpty();
    }

    private ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,2000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void awaitCharts(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (browser.findElements(By.cssSelector(".chart canvas")).size() < CHARTS && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Canvases with at least one non-transparent pixel: a chart that drew something. */
    private long paintedCanvases() {
        Object painted = ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('.chart canvas')).filter(function (c) {
                  var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
                  return false;
                }).length;""");
        return (Long) painted;
    }

    @SuppressWarnings("unchecked")
    private List<String> loadedResources() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }

    private Path judgedReport(RunFixture fixture) throws IOException {
        Run run = RunFolder.read(fixture.writeIn(reports));
        Verdict verdict = Gate.judge(run, TestThresholds.load(reports), Optional.empty(),
                reports.resolve("baselines/peak.json"), Clock.systemUTC());
        return Report.write(run, Optional.of(verdict), Optional.empty());
    }
}
