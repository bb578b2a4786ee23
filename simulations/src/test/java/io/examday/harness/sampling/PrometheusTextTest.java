package io.examday.harness.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String SCRAPE = """
            # HELP cache_gets_total The number of times cache lookup methods have returned a cached (hit) or uncached (newly loaded or null) value (miss).
            # TYPE cache_gets_total counter
            cache_gets_total{cache="lobby",cache_manager="cacheManager",name="lobby",result="hit"} 1234.0
            cache_gets_total{cache="lobby",cache_manager="cacheManager",name="lobby",result="miss"} 12.0
            # TYPE process_cpu_usage gauge
            process_cpu_usage 0.4521
            # TYPE examday_sql_statements_per_request histogram
            examday_sql_statements_per_request_bucket{method="GET",uri="/api/attempts/{attemptId}/pages/{page}",le="9.0"} 95.0
            examday_sql_statements_per_request_bucket{method="GET",uri="/api/attempts/{attemptId}/pages/{page}",le="+Inf"} 100.0
            examday_sql_statements_per_request_count{method="GET",uri="/api/attempts/{attemptId}/pages/{page}"} 100.0
            examday_sql_statements_per_request_sum{method="GET",uri="/api/attempts/{attemptId}/pages/{page}"} 512.0
            http_server_requests_seconds_count{exception="none",method="PUT",outcome="CLIENT_ERROR",status="409",uri="/api/x"} 3 1764320400000
            weird_total{path="a\\"b\\\\c\\nd", empty=""} 1e3
            jvm_gc_pause_seconds_max{action="end of minor GC",cause="G1 Evacuation Pause"} NaN
            # EOF
            """;

    @Test
    void countersGaugesAndHistogramPartsComeOutWithTheirLabels() {
        PrometheusText.Exposition parsed = PrometheusText.parse(SCRAPE);

        assertThat(parsed.samples()).contains(
                new Sample("cache_gets_total", Map.of("cache", "lobby", "cache_manager", "cacheManager", "name", "lobby", "result", "hit"), 1234.0),
                new Sample("process_cpu_usage", Map.of(), 0.4521),
                new Sample("examday_sql_statements_per_request_sum",
                        Map.of("method", "GET", "uri", "/api/attempts/{attemptId}/pages/{page}"), 512.0));
        assertThat(parsed.types()).containsEntry("cache_gets_total", "counter")
                .containsEntry("examday_sql_statements_per_request", "histogram");
    }

    @Test
    void infiniteBucketBoundIsReadAsInfinity() {
        List<Sample> buckets = PrometheusText.parse(SCRAPE).samples().stream()
                .filter(s -> s.name().endsWith("_bucket")).toList();

        assertThat(buckets).extracting(s -> PrometheusText.number(s.label("le")))
                .containsExactly(9.0, Double.POSITIVE_INFINITY);
    }

    @Test
    void escapedQuotesBackslashesAndNewlinesInLabelValuesAreUnescaped() {
        Sample weird = PrometheusText.parse(SCRAPE).samples().stream().filter(s -> s.name().equals("weird_total")).findFirst().orElseThrow();

        assertThat(weird.label("path")).isEqualTo("a\"b\\c\nd");
        assertThat(weird.label("empty")).isEmpty();
        assertThat(weird.value()).isEqualTo(1000.0);
    }

    @Test
    void timestampAfterTheValueIsIgnoredAndNaNIsKeptAsNaN() {
        List<Sample> samples = PrometheusText.parse(SCRAPE).samples();

        assertThat(samples).filteredOn(s -> s.name().equals("http_server_requests_seconds_count")).singleElement()
                .extracting(Sample::value).isEqualTo(3.0);
        assertThat(samples).filteredOn(s -> s.name().equals("jvm_gc_pause_seconds_max")).singleElement()
                .satisfies(s -> assertThat(s.value()).isNaN());
    }

    @Test
    void malformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> PrometheusText.parse("ok_total 1\nbroken_total{le=\"1\" 2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void onlyTheFamiliesTheGateAndReportUseAreKept() {
        List<String> kept = PrometheusText.parse(SCRAPE + """
                tomcat_sessions_active_current_sessions 0.0
                lettuce_command_completion_seconds_count{command="GET"} 10
                lettuce_command_completion_seconds_bucket{command="GET",le="0.001"} 4
                """).samples().stream().filter(Families::kept).map(Sample::name).distinct().toList();

        assertThat(kept).contains("cache_gets_total", "process_cpu_usage", "examday_sql_statements_per_request_bucket",
                        "http_server_requests_seconds_count", "lettuce_command_completion_seconds_count")
                .doesNotContain("tomcat_sessions_active_current_sessions", "weird_total",
                        "lettuce_command_completion_seconds_bucket", "jvm_gc_pause_seconds_max");
    }
}
