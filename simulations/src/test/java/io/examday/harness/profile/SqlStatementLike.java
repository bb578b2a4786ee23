package io.examday.harness.profile;

import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The portal's statement event as the harness reads it: same name, same fields. */
@Name("io.examday.SqlStatement")
@StackTrace(false)
class SqlStatementLike extends jdk.jfr.Event {
    String sql;
    int statements;
}
