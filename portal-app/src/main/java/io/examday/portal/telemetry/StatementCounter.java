package io.examday.portal.telemetry;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

import java.util.List;

/**
 * Counts SQL statements executed on the current request's thread, at the JDBC level, so Hibernate, JdbcClient
 * and batch statements are all seen. Each request runs on its own virtual thread, so a thread-local is exact.
 */
final class StatementCounter implements QueryExecutionListener {

    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

    static void begin() {
        CURRENT.set(new int[1]);
    }

    /** Statements since {@link #begin()}, and stop counting. */
    static int end() {
        int[] count = CURRENT.get();
        CURRENT.remove();
        return count == null ? 0 : count[0];
    }

    /** Statements so far on this request (tests and the budget log use it). */
    public static int soFar() {
        int[] count = CURRENT.get();
        return count == null ? 0 : count[0];
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        // Counted after execution, so a statement that failed to reach the server is not counted.
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        int[] count = CURRENT.get();
        if (count != null) {
            // A JDBC batch is one round trip but several statements; count what the database executes.
            count[0] += Math.max(1, execInfo.isBatch() ? execInfo.getBatchSize() : queryInfoList.size());
        }
    }
}
