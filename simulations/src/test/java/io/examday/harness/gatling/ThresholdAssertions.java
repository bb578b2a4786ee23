package io.examday.harness.gatling;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import io.examday.harness.threshold.Millis;
import io.examday.harness.threshold.ThresholdFile;
import io.examday.harness.threshold.Thresholds;
import io.gatling.javaapi.core.Assertion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The client-side thresholds of a threshold file as Gatling assertions, so Gatling's report and the gate judge the
 * same numbers. Gatling sees the whole run only: it judges each p95 budget over the whole run, where the gate judges
 * it in every {@code latency.every} window too; the gate compares Gatling's verdict with its own whole-run figure.
 * Where a threshold applies to the full-load window the gate's figure may differ, and the gate says so when the two
 * disagree.
 */
public final class ThresholdAssertions {

    private ThresholdAssertions() {}

    /**
     * Request names must be the route templates named in the file's {@code latency.endpoints}, outside any group.
     * Only the endpoint budgets for requests the simulation makes are kept: Gatling fails an assertion whose request
     * never ran, where the gate only notes it.
     */
    public static List<Assertion> forGatling(Path thresholdFile, Set<String> requestNames) {
        Thresholds thresholds = ThresholdFile.load(thresholdFile);
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().responseTime().percentile(95.0).lt(wholeMillis(thresholds.latency().p95Below())));
        for (Map.Entry<String, Millis> budget : new TreeMap<>(thresholds.latency().endpoints()).entrySet()) {
            if (!requestNames.contains(budget.getKey())) {
                continue;
            }
            assertions.add(details(budget.getKey()).responseTime().percentile(95.0).lt(wholeMillis(budget.getValue())));
        }
        long failedAtMost = thresholds.errors().failedRequestsAtMost();
        assertions.add(failedAtMost == 0
                ? global().failedRequests().count().is(0L)
                : global().failedRequests().count().lte(failedAtMost));
        assertions.add(global().failedRequests().percent().lte(thresholds.errors().failedShareAtMost().percent()));
        return List.copyOf(assertions);
    }

    private static int wholeMillis(Millis budget) {
        return Math.toIntExact(budget.value());
    }
}
