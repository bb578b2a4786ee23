package io.examday.portal.telemetry;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docker/grafana's dashboard against the metrics this portal really exposes: every metric a panel queries, every label
 * it selects on and every label it groups by must be in the portal's own Prometheus scrape, once an exam has been sat
 * and graded (some meters exist only after their first use), or be a label Prometheus gives every series it scrapes
 * (instance, job). A renamed meter or label fails here, not on a blank panel.
 */
@PortalIntegrationTest
class GrafanaDashboardTest {

    private static final Pattern SELECTOR = Pattern.compile("([a-z_][a-z0-9_]*)\\{([^}]*)}");
    private static final Pattern LABEL = Pattern.compile("([a-z_][a-z0-9_]*)\\s*(=~|!=|!~|=)");
    private static final Pattern GROUPING = Pattern.compile("\\bby\\s*\\(([^)]*)\\)");
    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s");
    /** The target labels Prometheus adds to every scraped series: the portal never exposes them itself. */
    private static final Set<String> TARGET_LABELS = Set.of("instance", "job");
    private static final Pattern SERIES_LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");

    @Autowired
    PrometheusMeterRegistry prometheus;

    private final ExamDay day;

    GrafanaDashboardTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void everyMetricAndLabelTheDashboardQueriesIsOneThePortalExposes() throws IOException {
        sitAndGradeOneExam();
        Map<String, Set<String>> exposed = labelsByMetric(prometheus.scrape());

        List<String> expressions = expressions(dashboard());
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(10);
        for (String expr : expressions) {
            Set<String> labelsHere = new HashSet<>();
            Matcher selector = SELECTOR.matcher(expr);
            int metrics = 0;
            while (selector.find()) {
                metrics++;
                String metric = selector.group(1);
                assertThat(exposed).as("metric %s in %s", metric, expr).containsKey(metric);
                labelsHere.addAll(exposed.get(metric));
                Matcher label = LABEL.matcher(selector.group(2));
                while (label.find()) {
                    assertThat(exposed.get(metric)).as("label %s of %s in %s", label.group(1), metric, expr).contains(label.group(1));
                }
            }
            assertThat(metrics).as("metrics queried in %s", expr).isPositive();
            labelsHere.addAll(TARGET_LABELS);
            Matcher grouping = GROUPING.matcher(expr);
            while (grouping.find()) {
                for (String label : grouping.group(1).split(",")) {
                    assertThat(labelsHere).as("grouping label %s in %s", label.strip(), expr).contains(label.strip());
                }
            }
        }
    }

    private void sitAndGradeOneExam() {
        long examId = day.openExam(List.of(Fixtures.Question.singleChoice("Which is the second letter?", 1)));
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long question = ExamDay.questionIds(candidate, attemptId).getFirst();
        assertThat(ExamDay.save(candidate, attemptId, question, 1, "1").status()).isEqualTo(200);
        assertThat(candidate.client().post("/api/attempts/" + attemptId + "/submit", "").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(candidate.client()
                .get("/api/attempts/" + attemptId + "/result").json().path("status").asString()).isEqualTo("GRADED"));
    }

    private static Map<String, Set<String>> labelsByMetric(String scrape) {
        Map<String, Set<String>> labels = new HashMap<>();
        for (String line : scrape.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList()) {
            Matcher series = SERIES.matcher(line);
            if (!series.find()) {
                continue;
            }
            Set<String> names = labels.computeIfAbsent(series.group(1), m -> new HashSet<>());
            if (series.group(2) != null) {
                Matcher label = SERIES_LABEL.matcher(series.group(2));
                while (label.find()) {
                    names.add(label.group(1));
                }
            }
        }
        return labels;
    }

    private static List<String> expressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asString())));
        return expressions;
    }

    /** The dashboard from the project's docker/ folder, found from wherever the test runs. */
    private static JsonNode dashboard() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docker/grafana"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docker/grafana above " + Path.of("").toAbsolutePath()).isNotNull();
        return JsonMapper.builder().build().readTree(dir.resolve("docker/grafana/dashboards/examday.json").toFile());
    }
}
