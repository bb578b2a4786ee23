package io.examday.portal;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/** Reads the portal's own statements-per-request histogram, the figure the release gate judges. */
public final class StatementBudget {

    private final MeterRegistry registry;

    public StatementBudget(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The most statements any request to this route ran so far (the histogram's max over its window). */
    public double maxFor(String method, String routeTemplate) {
        DistributionSummary summary = registry.find("examday.sql.statements.per.request")
                .tag("method", method).tag("uri", routeTemplate).summary();
        if (summary == null || summary.count() == 0) {
            throw new AssertionError("No request to " + method + " " + routeTemplate + " was measured");
        }
        return summary.max();
    }

    public long countFor(String method, String routeTemplate) {
        DistributionSummary summary = registry.find("examday.sql.statements.per.request")
                .tag("method", method).tag("uri", routeTemplate).summary();
        return summary == null ? 0 : summary.count();
    }
}
