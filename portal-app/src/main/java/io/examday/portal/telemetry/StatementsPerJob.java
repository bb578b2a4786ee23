package io.examday.portal.telemetry;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records how many SQL statements each background job run ran, per job kind, beside the per-request histogram:
 * grading a whole attempt is not a request and has no per-request budget, but its SQL shares the database with the
 * candidates, so the gate reports it as a figure of its own.
 */
public class StatementsPerJob {

    static final String METER = "examday.sql.statements.per.job";

    private final MeterRegistry registry;
    /** One summary per kind, built once: registering looks the meter up by id on every call. */
    private final Map<String, DistributionSummary> summaries = new ConcurrentHashMap<>();

    public StatementsPerJob(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Background work that may throw. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    /** Runs the work on this thread and records the statements it ran under its kind, whether or not it failed. */
    public <E extends Exception> void count(String kind, Work<E> work) throws E {
        StatementCounter.begin();
        try {
            work.run();
        } finally {
            summaries.computeIfAbsent(kind, k -> DistributionSummary.builder(METER)
                    .description("SQL statements executed per background job run")
                    .tag("kind", k)
                    .register(registry)).record(StatementCounter.end());
        }
    }
}
