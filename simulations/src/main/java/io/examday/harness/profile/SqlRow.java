package io.examday.harness.profile;

/** One distinct SQL text: executions, and the execute calls' wall time in total, mean, 95th percentile and max. */
record SqlRow(String sql, long count, double totalMs, double meanMs, double p95Ms, double maxMs) {}
