package io.examday.harness.profile;

/** One timed JDBC execution (io.examday.SqlStatement): its SQL text and the wall time of the execute call. */
record SqlExecution(String sql, long nanos) {}
