package io.examday.harness.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The statements that took the most time in all, per distinct SQL text. */
final class SqlTable {

    private SqlTable() {}

    static List<SqlRow> of(List<SqlExecution> executions, int top) {
        Map<String, List<Long>> bySql = new HashMap<>();
        executions.forEach(e -> bySql.computeIfAbsent(e.sql(), s -> new ArrayList<>()).add(e.nanos()));
        return bySql.entrySet().stream().map(e -> row(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(SqlRow::totalMs).reversed().thenComparing(SqlRow::sql))
                .limit(top).toList();
    }

    private static SqlRow row(String sql, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        long total = 0;
        for (long n : sorted) {
            total += n;
        }
        // Nearest rank: the smallest value with at least 95 % of executions at or under it.
        long p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        return new SqlRow(sql, sorted.length, ms(total), ms(total) / sorted.length, ms(p95), ms(sorted[sorted.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
