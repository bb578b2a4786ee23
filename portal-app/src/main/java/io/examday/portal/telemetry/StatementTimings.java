package io.examday.portal.telemetry;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Times every JDBC execution into a {@link SqlStatement} event (installed only when statement timings are on).
 * The event travels from before to after the execution in datasource-proxy's own per-execution values.
 */
final class StatementTimings implements QueryExecutionListener {

    private static final String EVENT = SqlStatement.class.getName();

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        SqlStatement event = new SqlStatement();
        if (event.isEnabled()) {
            event.begin();
            execInfo.addCustomValue(EVENT, event);
        }
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        SqlStatement event = execInfo.getCustomValue(EVENT, SqlStatement.class);
        if (event == null) {
            return;
        }
        event.end();
        if (event.shouldCommit()) {
            // A batch repeats one text; distinct texts keep the table's rows one per statement shape.
            event.sql = queryInfoList.stream().map(QueryInfo::getQuery).distinct().collect(Collectors.joining("; "));
            event.statements = Math.max(1, execInfo.isBatch() ? execInfo.getBatchSize() : queryInfoList.size());
            event.commit();
        }
    }
}
