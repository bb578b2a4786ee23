package io.examday.harness.profile;

/** One timed JDBC execution (io.examday.SqlStatement): when it began, its SQL text and the wall time of the execute call. */
record SqlExecution(long epochNanos, String sql, long nanos) {}
