package io.examday.portal.exam;

import io.examday.portal.web.CsvRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.sql.Timestamp;

/**
 * An exam's results as CSV, streamed row by row: every enrolled candidate (and anyone with an attempt), with
 * NOT_STARTED for those who never started and an empty score until graded.
 */
@Component
class ResultsExport {

    static final String HEADER = "username,status,score,max_score,submitted_at";

    private final JdbcClient jdbc;

    ResultsExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long examId, PrintWriter out) {
        out.print(HEADER + "\r\n");
        jdbc.sql("""
                        with sitting as (select candidate_id from enrolment where exam_id = :exam
                                         union select candidate_id from attempt where exam_id = :exam)
                        select u.username, coalesce(a.status, 'NOT_STARTED') as status, r.score, r.max_score,
                               a.submitted_at
                        from sitting s join app_user u on u.id = s.candidate_id
                        left join attempt a on a.exam_id = :exam and a.candidate_id = s.candidate_id
                        left join result r on r.attempt_id = a.id
                        order by u.username""")
                .param("exam", examId)
                .query(rs -> {
                    Timestamp submittedAt = rs.getTimestamp("submitted_at");
                    out.print(CsvRecords.cell(rs.getString("username")) + "," + rs.getString("status") + ","
                            + number(rs.getObject("score")) + "," + number(rs.getObject("max_score")) + ","
                            + (submittedAt == null ? "" : submittedAt.toInstant()) + "\r\n");
                });
        out.flush();
    }

    private static String number(Object value) {
        return value == null ? "" : value.toString();
    }
}
