package io.examday.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.baseline.ComparedFigures;
import io.examday.harness.gate.Gate;
import io.examday.harness.gate.Verdict;
import io.examday.harness.gate.VerdictFiles;
import io.examday.harness.run.AttackOutcome;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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
    void theReportTablesHitsAndMissesPerCacheAndLayer() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().localCacheHitRate(0.99).cacheHitRate(0.0)));

        assertThat(page).contains("Caches by layer (full-load)")
                .containsPattern("<tr><td>local</td><td>all caches</td><td class=\"num\">35,145</td><td class=\"num\">355</td>"
                        + "<td class=\"num\">99.0%</td>")
                .containsPattern("<tr><td>shared</td><td>exam-content</td><td class=\"num\">0</td><td class=\"num\">355</td>"
                        + "<td class=\"num\">0.0%</td>")
                .contains("Cache hit rate by layer");
    }

    @Test
    void aRunAgainstSeveralInstancesTablesEachOnesShareOfRequestsAndItsCpu() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().portalCpu(0.5)
                .instances(Map.of("web-1", 0.6, "web-2", 0.4))));

        assertThat(page).contains("Portal instances (full load)")
                .containsPattern("<tr><td>web-1</td><td class=\"num\">[0-9,]+</td><td class=\"num\">60.0%</td><td class=\"num\">30.0%</td></tr>")
                .containsPattern("<tr><td>web-2</td><td class=\"num\">[0-9,]+</td><td class=\"num\">40.0%</td><td class=\"num\">20.0%</td></tr>");
    }

    @Test
    void aRunAgainstOnePortalHasNoInstanceTable() throws IOException {
        assertThat(Files.readString(judgedReport(new RunFixture()))).doesNotContain("id=\"instances\"");
    }

    @Test
    void aRunWithoutABaselineSaysRightUnderTheVerdictThatNoRegressionWasJudged() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture()));

        assertThat(page).contains("<section class=\"callout\" id=\"callout-regression\"><strong>Regression not judged: no baseline</strong>");
        assertThat(page.indexOf("id=\"callout-regression\"")).isBetween(page.indexOf("id=\"verdict\""), page.indexOf("id=\"thresholds\""));
    }

    @Test
    void aBaselineFromAnotherMachineStillShowsThisRunsCpuAndStatementsPerRequestAndWhyTheyWereNotJudged() throws IOException {
        Path dir = new RunFixture().portalCpu(0.5).writeIn(reports);
        Run run = RunFolder.read(dir);
        Baseline other = new Baseline("x", "x-20261101", RunFixture.START, RunFixture.START, null, null,
                Map.of("whole-run", 40.0), Map.of(), Map.of(), 0.9, 2.5, 1_000, 100);
        Verdict verdict = Gate.judge(run, TestThresholds.load(reports), Optional.of(other), reports.resolve("baselines/x.json"), CLOCK);
        String page = Files.readString(Report.write(run, Optional.of(verdict), Optional.of(other)));

        ComparedFigures now = ComparedFigures.of(run);
        assertThat(now.cpuPerRequestMs()).isCloseTo(20.0, within(0.5));
        assertThat(page).contains("<tr><td>Portal CPU per request (full-load)</td><td class=\"num\">0.9 ms</td><td class=\"num\">20 ms</td></tr>")
                .contains("<tr><td>SQL statements per request (whole-run)</td><td class=\"num\">2.50</td><td class=\"num\">"
                        + String.format(Locale.ROOT, "%.2f", now.statementsMean()) + "</td></tr>")
                .contains("Portal CPU per request not judged against the baseline: not comparable: baseline from an unrecorded machine");
    }

    @Test
    void theReportNamesTheFiguresOnWhichGatlingAndTheRecorderDisagreeAndGatlingsExitStatus() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().gatlingP95Ms(RunFixture.PAGES, 300)));

        assertThat(page).contains("id=\"callout-instruments\"").contains("Gatling and the recorder disagree: 1 of 15 figures differ")
                .contains("p95: Gatling 300 ms, recorder 120 ms");
        assertThat(page).contains("<dt>Gatling exit status</dt><dd>0</dd>");
    }

    @Test
    void theReportShowsTheInjectorsScheduleLagBesideTheMachinesCpu() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().lagMs(450).injectorCpu(0.05)));

        assertThat(page).contains("The injector's schedule").contains("id=\"injector\"")
                .contains("<td class=\"num\">450 ms</td>").contains("<td class=\"num\">35%</td>")
                .contains("id=\"chart-lag\"").contains("\"title\":\"Injector schedule lag\"");
        assertThat(chart(page, "cpu").path("series").findValuesAsString("name")).contains("machine");
    }

    @Test
    void aSplitRunsReportListsEveryInjectorsShareAndLinksEachOnesGatlingReport() throws IOException {
        String page = Files.readString(judge(RunFixture.split(reports, new RunFixture(), new RunFixture().requestsPerSecond(20))));

        assertThat(page).contains("id=\"injectors\"").contains("split over 2 injector JVMs")
                .contains("<td>1</td><td class=\"num\">50%</td><td class=\"num\">12,000</td><td class=\"num\">17%</td>")
                .contains("<a href=\"injectors/0/gatling/index.html\">open</a>")
                .contains("<a href=\"injectors/1/gatling/index.html\">open</a>");
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
    void reportLinksTheCpuProfileOnlyWhenTheRunFolderHasOne() throws IOException {
        Path run = new RunFixture().writeIn(reports);
        assertThat(Files.readString(judge(run))).doesNotContain("href=\"profile.html\"");

        Files.writeString(run.resolve("profile.html"), "<html></html>");

        assertThat(Files.readString(judge(run))).contains("<a href=\"profile.html\">");
    }

    @Test
    void trendListsEarlierJudgedRunsOfTheSameScenarioOnly() throws IOException {
        judge(new RunFixture().runId("peak-20261126-090000").latencyMs(90).writeIn(reports));
        judge(new RunFixture().runId("other-20261126-090000").scenario("other").writeIn(reports));

        String html = Files.readString(judgedReport(new RunFixture().runId("peak-20261128-090000")));

        assertThat(html).contains("href=\"../peak-20261126-090000/index.html\"").contains("peak-20261128-090000 (this run)")
                .doesNotContain("other-20261126-090000");
    }

    @Test
    void theLatencyChartShadesTheWorstWindowAndDrawsEveryJudgedWindow() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().stall(RunFixture.ANSWERS, 190, 200, 4_000)));

        JsonNode latency = chart(page, "latency");
        long start = RunFixture.START.toEpochMilli();
        assertThat(latency.path("worst").path("from").asLong()).isEqualTo(start + 180_000);
        assertThat(latency.path("worst").path("to").asLong()).isEqualTo(start + 240_000);
        assertThat(latency.path("worst").path("label").asString()).startsWith("worst window: 4,00");
        JsonNode perWindow = latency.path("series").get(1);
        assertThat(perWindow.path("name").asString()).isEqualTo("p95 per 60 s window");
        // six full-load windows, each drawn from its start to its end
        assertThat(perWindow.path("points").size()).isEqualTo(12);
        assertThat(perWindow.path("points").get(2).get(1).asDouble()).isGreaterThan(3_900);
    }

    @Test
    void theCpuChartDrawsEachProcessAndMarksTheWorstWindow() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().cpuSpike("postgres", 0.40, 300, 360)));

        JsonNode cpu = chart(page, "cpu");
        assertThat(cpu.path("series").findValuesAsString("name"))
                .contains("system under test", "portal", "postgres", "redis", "injector", "other", "machine");
        assertThat(cpu.path("worst").path("from").asLong()).isEqualTo(RunFixture.START.plusSeconds(300).toEpochMilli());
        assertThat(cpu.path("worst").path("to").asLong()).isEqualTo(RunFixture.START.plusSeconds(360).toEpochMilli());
        assertThat(cpu.path("worst").path("label").asString()).isEqualTo("worst 60 s: 72%");
        assertThat(cpu.path("limit").asDouble()).isEqualTo(80.0);
    }

    @Test
    void whatThePortalHoldsOpenIsChartedOnlyWhenItWasSampled() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().gauge("process_files_open_files", Map.of(), 500, 900)));

        JsonNode open = chart(page, "files").path("series").get(0).path("points");
        assertThat(open.size()).as("one point a scrape, -5 s to +605 s every 5 s").isEqualTo(123);
        assertThat(open.get(open.size() - 1).get(1).asDouble()).isEqualTo(900);
        assertThat(page).doesNotContain("\"id\":\"heap\"");
    }

    @Test
    void theJobQueueAndItsLatencyAreChartedByKindWhenThePortalReportsThem() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture()
                .gauge("examday_jobs_waiting", Map.of("kind", "GRADE"), 0, 40)
                .gauge("examday_jobs_waiting", Map.of("kind", "RESULT_MAIL"), 0, 7)
                .jobLatency("GRADE", 6_000, 250)));

        JsonNode queue = chart(page, "job-queue").path("series");
        assertThat(queue.findValuesAsString("name")).containsExactly("GRADE", "RESULT_MAIL");
        JsonNode grade = queue.get(0).path("points");
        assertThat(grade.get(grade.size() - 1).get(1).asDouble()).isEqualTo(40);
        JsonNode latency = chart(page, "job-latency").path("series");
        assertThat(latency.findValuesAsString("name")).contains("GRADE");
        JsonNode gradeLatency = latency.get(0).path("points");
        assertThat(gradeLatency.size()).isPositive();
        assertThat(gradeLatency.get(gradeLatency.size() / 2).get(1).asDouble()).isCloseTo(250, within(0.5));
    }

    @Test
    void aRunWithoutJobMetricsDrawsNoJobCharts() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture()));

        assertThat(page).doesNotContain("\"id\":\"job-queue\"").doesNotContain("\"id\":\"job-latency\"");
    }

    private static JsonNode chart(String page, String id) {
        String data = page.substring(page.indexOf("<script type=\"application/json\" id=\"report-data\">"));
        data = data.substring(data.indexOf('>') + 1, data.indexOf("</script>"));
        for (JsonNode chart : JsonMapper.builder().build().readTree(data).path("charts")) {
            if (chart.path("id").asString().equals(id)) {
                return chart;
            }
        }
        throw new AssertionError("no chart " + id);
    }

    @Test
    void aChaosRunTablesEachFaultAndMarksItFromInjectionToRecoveryOnTheCharts() throws IOException {
        Path dir = new RunFixture().failures(12).writeIn(reports);
        long at = RunFixture.START.toEpochMilli() + 5_000;
        Files.writeString(dir.resolve("server/faults.jsonl"),
                "{\"kind\":\"portal-kill\",\"plannedAt\":%d,\"injectedAt\":%d,\"downFrom\":%d,\"downTo\":%d,\"recoveredAt\":%d}\n"
                        .formatted(at, at, at, at + 300, at + 31_500));
        Run run = RunFolder.read(dir);
        Verdict verdict = Gate.judge(run, io.examday.harness.threshold.ThresholdFile.load(Files.writeString(
                reports.resolve("chaos.yaml"), TestThresholds.yaml() + "faults:\n  windowAfterRecovery: 50s\n"
                        + "  recoveryWithin: 90s\n  failedOutsideWindowsAtMost: 0\n")),
                Optional.empty(), reports.resolve("baselines/x.json"), CLOCK);
        String page = Files.readString(Report.write(run, Optional.of(verdict), Optional.empty()));

        assertThat(page).contains("<h2>Faults</h2>")
                .containsPattern("<tr><td>portal-kill</td><td class=\"num\">5.0 s</td><td class=\"num\">0.3 s</td>"
                        + "<td class=\"num\">31.5 s</td><td class=\"num\">12</td>");
        JsonNode errors = chart(page, "errors");
        assertThat(errors.path("faults").get(0).path("label").asString()).isEqualTo("portal-kill: recovered in 31.5 s");
        assertThat(errors.path("faults").get(0).path("to").asLong()).isEqualTo(at + 31_500);
        assertThat(chart(page, "recovery").path("series").get(0).path("points").get(1).get(1).asDouble()).isEqualTo(31.5);
    }

    @Test
    void theReportShowsTheAttackByAnswerAndOverTime() throws IOException {
        long second = Instant.parse("2026-11-28T09:05:00Z").toEpochMilli();
        AttackOutcome attack = new AttackOutcome(20, 6_000, 5_900, 1_140, 4_758, 0, 2, Map.of("203.0.113.1", 57L),
                List.of(new AttackOutcome.Second(second, 40, 0, 0, 0), new AttackOutcome.Second(second + 1000, 2, 38, 0, 0)));
        String page = Files.readString(judgedReport(new RunFixture().attack(attack)));

        assertThat(page).contains("<h2>The attack beside the candidates</h2>")
                .contains("5,900 of 6,000 planned guesses sent")
                .containsPattern("<tr><td>401</td><td class=\"num\">1,140</td><td class=\"num\">19.3%</td>")
                .containsPattern("<tr><td>429</td><td class=\"num\">4,758</td><td class=\"num\">80.6%</td>")
                .containsPattern("<tr><td>200</td><td class=\"num\">0</td>")
                .containsPattern("<tr><td>other</td><td class=\"num\">2</td>")
                // The fixture's candidates signed in before its recording began: the section says so, not a zero row.
                .contains("The candidates made no sign-in of their own in this run.")
                .contains("id=\"chart-attack\"").contains("\"name\":\"429\"");
    }

    @Test
    void aRunWithoutAnAttackHasNoAttackSectionNorChart() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture()));

        assertThat(page).doesNotContain("The attack beside the candidates").doesNotContain("chart-attack");
    }

    @Test
    void aPlannedAttackWithoutAnswersIsSaidInTheReport() throws IOException {
        String page = Files.readString(judgedReport(new RunFixture().attackPlanned(6_000)));

        assertThat(page).contains("<h2>The attack beside the candidates</h2>").contains("No answers recorded");
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
