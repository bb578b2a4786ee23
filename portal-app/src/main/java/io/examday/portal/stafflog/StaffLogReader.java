package io.examday.portal.stafflog;

import io.examday.portal.web.PortalProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the staff log a page at a time, newest first, for all exams or one. */
@Component
class StaffLogReader {

    private static final String SELECT = """
            select s.id, s.acted_at, s.actor_id, s.actor_username, s.action, s.exam_id, e.code as exam_code,
                   s.attempt_id, s.candidate_id, s.candidate_username, s.reason, s.detail::text as detail
            from staff_action s left join exam e on e.id = s.exam_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StaffLogProperties properties;

    StaffLogReader(JdbcClient jdbc, JsonMapper json, StaffLogProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
    }

    /** {@code page} is 1-based; {@code size} null means the configured page size. */
    StaffLogListing page(Long examId, Integer page, Integer size) {
        int number = page == null ? 1 : page;
        int rows = size == null ? properties.pageSize() : size;
        if (number < 1) {
            throw PortalProblem.badRequest("invalid-page", "Pages are numbered from 1.");
        }
        if (rows < 1 || rows > properties.maxPageSize()) {
            throw PortalProblem.badRequest("invalid-size", "size is from 1 to " + properties.maxPageSize() + ".");
        }
        // One row more than the page holds tells whether there is a next page, without counting them all.
        var query = examId == null
                ? jdbc.sql(SELECT + "order by s.id desc limit ? offset ?").params(rows + 1, (number - 1L) * rows)
                : jdbc.sql(SELECT + "where s.exam_id = ? order by s.id desc limit ? offset ?")
                        .params(examId, rows + 1, (number - 1L) * rows);
        List<StaffLogEntry> entries = new ArrayList<>(query.query(this::entry).list());
        boolean more = entries.size() > rows;
        if (more) {
            entries.removeLast();
        }
        return new StaffLogListing(examId, number, rows, more ? number + 1 : null, List.copyOf(entries));
    }

    /** The exams the log has entries for, by code: the log page's filter offers these. */
    List<LoggedExam> exams() {
        return jdbc.sql("""
                        select e.id, e.code, e.title from exam e
                        where exists (select 1 from staff_action s where s.exam_id = e.id)
                        order by e.code""")
                .query((rs, n) -> new LoggedExam(rs.getLong("id"), rs.getString("code"), rs.getString("title")))
                .list();
    }

    private StaffLogEntry entry(ResultSet rs, int row) throws SQLException {
        return new StaffLogEntry(rs.getLong("id"), rs.getTimestamp("acted_at").toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_username"),
                StaffAction.valueOf(rs.getString("action")), rs.getObject("exam_id", Long.class),
                rs.getString("exam_code"), rs.getObject("attempt_id", Long.class),
                rs.getObject("candidate_id", Long.class), rs.getString("candidate_username"), rs.getString("reason"),
                json.readTree(rs.getString("detail")));
    }
}
