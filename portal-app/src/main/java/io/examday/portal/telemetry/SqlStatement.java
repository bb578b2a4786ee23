package io.examday.portal.telemetry;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One JDBC execution as a flight-recorder event, written only when {@code examday.telemetry.statement-timings} is
 * on. Its duration is the wall time of the driver's execute call (waiting for the database included; reading the
 * rows of a result set afterwards is not).
 */
@Name(SqlStatement.NAME)
@Label("SQL statement")
@Category("Examday")
@Description("A JDBC execution: its SQL text (parameters as ?) and how long the execute call took")
@StackTrace(false)
public class SqlStatement extends jdk.jfr.Event {

    public static final String NAME = "io.examday.SqlStatement";

    @Label("SQL")
    String sql;

    @Label("Statements")
    @Description("Statements the execution ran: the batch size of a JDBC batch, else 1")
    int statements;
}
