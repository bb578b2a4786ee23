package io.examday.portal.ops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * What the database holds for some exams, row by row as CSV, for the gate's "nothing lost" check to compare by
 * identity with what the load generator saw acknowledged. Rows come from a server-side cursor (PostgreSQL keeps
 * one only inside a transaction, hence the read-only one) and go to the writer as they are read, so a 20k-candidate
 * exam's 800,000 answers never sit in memory. Rows are in id order, so the gate can merge them with its own.
 */
@Component
class StoredRows {

    private static final int FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    StoredRows(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** {@code attemptId,examCode,status}, by attempt id. */
    void attempts(String[] examCodes, Writer out) {
        stream(out, "attemptId,examCode,status", """
                select a.id, e.code, a.status from attempt a join exam e on e.id = a.exam_id
                where e.code = any(?::text[]) order by a.id""", examCodes);
    }

    /** {@code attemptId,questionId,revision}, by attempt id, then question id. */
    void answers(String[] examCodes, Writer out) {
        stream(out, "attemptId,questionId,revision", """
                select n.attempt_id, n.question_id, n.revision from answer n
                join attempt a on a.id = n.attempt_id join exam e on e.id = a.exam_id
                where e.code = any(?::text[]) order by n.attempt_id, n.question_id""", examCodes);
    }

    /** Three columns a row; exam codes are letters, digits and dashes, so no field needs quoting. */
    private void stream(Writer out, String header, String sql, String[] examCodes) {
        readOnly.executeWithoutResult(status -> {
            try {
                out.write(header);
                out.write('\n');
                jdbc.sql(sql).withFetchSize(FETCH_SIZE).param(examCodes).query(rs -> {
                    try {
                        out.write(rs.getString(1));
                        out.write(',');
                        out.write(rs.getString(2));
                        out.write(',');
                        out.write(rs.getString(3));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
