package io.examday.portal.attempt;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.stream.StreamSupport;

import static org.awaitility.Awaitility.await;

/**
 * The SQL statements of one request, read from the portal's own statements-per-request histogram (the figure the
 * gate judges) as the change in its total; tests run one at a time, so the change is that request's alone.
 */
final class RequestCost {

    private static final String METER = "examday.sql.statements.per.request";

    private final MeterRegistry registry;

    RequestCost(MeterRegistry registry) {
        this.registry = registry;
    }

    double of(String method, String route, Runnable request) {
        long countBefore = count(method, route);
        double totalBefore = total(method, route);
        request.run();
        // The histogram is recorded after the response is written; wait for it.
        await().atMost(Duration.ofSeconds(5)).until(() -> count(method, route) == countBefore + 1);
        return total(method, route) - totalBefore;
    }

    /** Hits of both layers: the process's own copy (a Counter) and the Redis cache (a FunctionCounter). */
    double cacheHits(String cache) {
        return registry.find("cache.gets").tag("cache", cache).tag("result", "hit").meters().stream()
                .flatMap(meter -> StreamSupport.stream(meter.measure().spliterator(), false))
                .mapToDouble(Measurement::getValue)
                .sum();
    }

    private long count(String method, String route) {
        DistributionSummary summary = summary(method, route);
        return summary == null ? 0 : summary.count();
    }

    private double total(String method, String route) {
        DistributionSummary summary = summary(method, route);
        return summary == null ? 0 : summary.totalAmount();
    }

    private DistributionSummary summary(String method, String route) {
        return registry.find(METER).tag("method", method).tag("uri", route).summary();
    }
}
