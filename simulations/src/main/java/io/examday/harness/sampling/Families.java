package io.examday.harness.sampling;

import java.util.List;

/**
 * The metric families the gate and the report use; everything else in a scrape is dropped so a long run's samples
 * stay small. {@code examday_requests_*} is the portal's admission line (working, waiting), {@code examday_jobs_*} its
 * job queue. Lettuce and the job latency are kept as summaries (count, sum, max) only: their buckets would dwarf the
 * rest.
 * Heap after collection, live threads and open files are kept so a long run can show it does not grow.
 */
public final class Families {

    private static final List<String> KEPT = List.of(
            "examday_sql_statements_per_request",
            "examday_sql_statements_per_job",
            "cache_gets_total",
            "cache_unreadable_total",
            "process_cpu_",
            "system_cpu_",
            "http_server_requests_seconds",
            "hikaricp_connections",
            "jvm_gc_pause_seconds",
            "jvm_memory_",
            "jvm_threads_live_threads",
            "process_files_",
            "examday_requests_",
            "examday_database_commits_durable",
            "examday_jobs_",
            "lettuce_");

    private Families() {}

    public static boolean kept(Sample sample) {
        String name = sample.name();
        if (Double.isNaN(sample.value())) {
            return false;
        }
        if (name.startsWith("lettuce_") || name.startsWith("examday_jobs_latency")) {
            return !name.endsWith("_bucket") && !sample.labels().containsKey("quantile");
        }
        return KEPT.stream().anyMatch(name::startsWith);
    }
}
