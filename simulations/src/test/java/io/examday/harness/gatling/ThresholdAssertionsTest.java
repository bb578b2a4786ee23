package io.examday.harness.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.javaapi.core.Assertion;
import io.examday.harness.endpoint.KnownRoutes;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThresholdAssertionsTest {

    @Test
    void releaseFileBecomesGlobalEndpointAndFailureAssertions() {
        List<Assertion> assertions = ThresholdAssertions.forGatling(Path.of("..", "thresholds", "release.yaml"),
                KnownRoutes.all());

        List<String> described = assertions.stream().map(a -> a.asScala().toString()).toList();
        assertThat(described).anySatisfy(a -> assertThat(a).contains("Global").contains("Percentile(95.0)").contains("Lt(300"));
        assertThat(described).anySatisfy(a -> assertThat(a)
                .contains("GET /api/exams/{examId}/lobby").contains("Lt(100"));
        assertThat(described).anySatisfy(a -> assertThat(a).contains("FailedRequests").contains("Is(0"));
        // global p95 + six API, four page and two file budgets + failed count + failed share
        assertThat(assertions).hasSize(15);
    }

    @Test
    void budgetsForRequestsTheSimulationNeverMakesAreLeftOut() {
        List<Assertion> assertions = ThresholdAssertions.forGatling(Path.of("..", "thresholds", "release.yaml"),
                Set.of("POST /api/session"));

        List<String> described = assertions.stream().map(a -> a.asScala().toString()).toList();
        assertThat(described).anySatisfy(a -> assertThat(a).contains("POST /api/session"))
                .noneSatisfy(a -> assertThat(a).contains("/submit"));
        assertThat(assertions).hasSize(4);
    }
}
