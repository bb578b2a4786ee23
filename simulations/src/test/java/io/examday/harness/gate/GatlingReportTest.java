package io.examday.harness.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GatlingReportTest {

    @Test
    void theStatisticsTableOfARealGatlingReportReadsPerRequestName() throws IOException {
        GatlingReport.Statistics stats = GatlingReport.parse(resource("gatling-3.15-index.html")).orElseThrow();

        assertThat(stats.all()).isEqualTo(new GatlingReport.Row("All Requests", 3066, 3066, 0, OptionalDouble.of(7443), OptionalDouble.of(2673)));
        assertThat(stats.requests()).hasSize(8);
        GatlingReport.Row answers = stats.requests().get("PUT /api/attempts/{attemptId}/answers/{questionId}");
        assertThat(answers.total()).isEqualTo(1737);
        assertThat(answers.p95Ms()).hasValue(7563);
    }

    @Test
    void aPageWithoutTheStatisticsTableGivesNothingRatherThanZeros() {
        assertThat(GatlingReport.parse("<html><body>no table</body></html>")).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GatlingReportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
