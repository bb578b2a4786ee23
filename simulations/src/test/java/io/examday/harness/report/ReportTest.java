package io.examday.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.gate.Gate;
import io.examday.harness.gate.Verdict;
import io.examday.harness.gate.VerdictFiles;
import io.examday.harness.run.Run;
import io.examday.harness.run.RunFixture;
import io.examday.harness.run.RunFolder;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path reports;

    @Test
    void reportIsOneFileThatLoadsNothingFromOutside() throws IOException {
        String html = Files.readString(judgedReport(new RunFixture()));

        assertThat(html).doesNotContainPattern(Pattern.compile("(?i)<script[^>]+src="))
                .doesNotContainPattern(Pattern.compile("(?i)<link[^>]+href=\"(?!data:)"))
                .doesNotContainPattern(Pattern.compile("(?i)(src|href)=\"(https?:)?//"))
                .doesNotContainPattern(Pattern.compile("(?i)url\\((['\"])?https?:"))
                .contains("echarts").contains("id=\"report-data\"");
    }

    @Test
    void theReportSaysWhatTheRehearsalDidBeforeTheLoad() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture()));

        assertThat(page).contains("Before the load").contains("200 rehearsal candidates sat REHEARSAL");
    }

    @Test
    void theReportShowsTheInjectorsScheduleLagBesideTheMachinesCpu() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().lagMs(450).injectorCpu(0.05)));

        assertThat(page).contains("The injector's schedule").contains("id=\"injector\"")
                .contains("<td class=\"num\">450 ms</td>").contains("<td class=\"num\">35%</td>")
                .contains("id=\"chart-lag\"").contains("\"title\":\"Injector schedule lag\"")
                .contains("{\"name\":\"machine\"");
    }

    @Test
    void aRunWithoutALagLogSaysItWasNotRecorded() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().noLagLog()));

        assertThat(page).contains("<td class=\"num\">not recorded</td>");
    }

    @Test
    void textFromTheRunFolderIsEscaped() throws IOException {
        Path html = judgedReport(new RunFixture().scenario("<img src=x onerror=alert(1)>"));

        String page = Files.readString(html);
        assertThat(page).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(page).contains("ci-&lt;1&gt;");
    }

    @Test
    void reportLinksGatlingsOwnReportWhenTheRunFolderKeepsIt() throws IOException {
        Path run = new RunFixture().writeIn(reports);
        Files.createDirectories(run.resolve("gatling"));
        Files.writeString(run.resolve("gatling/index.html"), "<html></html>");

        String html = Files.readString(judge(run));

        assertThat(html).contains("<a href=\"gatling/index.html\">");
    }

    @Test
    void trendListsEarlierJudgedRunsOfTheSameScenarioOnly() throws IOException {
        judge(new RunFixture().runId("peak-20261126-090000").latencyMs(90).writeIn(reports));
        judge(new RunFixture().runId("other-20261126-090000").scenario("other").writeIn(reports));

        String html = Files.readString(judgedReport(new RunFixture().runId("peak-20261128-090000")));

        assertThat(html).contains("href=\"../peak-20261126-090000/index.html\"").contains("peak-20261128-090000 (this run)")
                .doesNotContain("other-20261126-090000");
    }

    private Path judgedReport(RunFixture fixture) throws IOException {
        return judge(fixture.writeIn(reports));
    }

    private Path judge(Path dir) throws IOException {
        Run run = RunFolder.read(dir);
        Verdict verdict = Gate.judge(run, TestThresholds.load(reports), Optional.empty(), reports.resolve("baselines/x.json"), CLOCK);
        VerdictFiles.write(verdict, dir);
        return Report.write(run, Optional.of(verdict), Optional.empty());
    }
}
