package io.examday.portal.telemetry;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records how many SQL statements each HTTP request ran, per route template, as a histogram whose buckets
 * tell exactly how many requests stayed under the gate's budget of 10.
 */
class StatementsPerRequestFilter extends OncePerRequestFilter {

    static final String METER = "examday.sql.statements.per.request";
    private static final double[] BUCKETS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 50, 100};

    private final MeterRegistry registry;
    /** One summary per method and route, built once: registering looks the meter up by id on every call. */
    private final Map<String, DistributionSummary> summaries = new ConcurrentHashMap<>();

    StatementsPerRequestFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StatementCounter.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = StatementCounter.end();
            Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            summary(request.getMethod(), route == null ? "UNKNOWN" : route.toString()).record(statements);
        }
    }

    private DistributionSummary summary(String method, String uri) {
        return summaries.computeIfAbsent(method + " " + uri, key -> DistributionSummary.builder(METER)
                .description("SQL statements executed per HTTP request")
                .tag("uri", uri)
                .tag("method", method)
                .serviceLevelObjectives(BUCKETS)
                .register(registry));
    }
}
