package io.examday.portal.stafflog;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The staff log as stored, read straight from PostgreSQL, oldest first, for tests of the features that write it. */
public final class StaffLogRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select id, actor_id, actor_username, action, exam_id, attempt_id, candidate_id, candidate_username, reason,
                   detail::text as detail
            from staff_action""";

    private final JdbcClient jdbc;

    public StaffLogRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, Long actorId, String actorUsername, String action, Long examId, Long attemptId,
                      Long candidateId, String candidateUsername, String reason, JsonNode detail) {
    }

    public List<Row> ofExam(long examId) {
        return jdbc.sql(SELECT + " where exam_id = ? order by id").param(examId).query(StaffLogRows::row).list();
    }

    public List<Row> ofAttempt(long attemptId) {
        return jdbc.sql(SELECT + " where attempt_id = ? order by id").param(attemptId).query(StaffLogRows::row).list();
    }

    public List<Row> byActor(String username) {
        return jdbc.sql(SELECT + " where actor_username = ? order by id").param(username).query(StaffLogRows::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getObject("actor_id", Long.class), rs.getString("actor_username"),
                rs.getString("action"), rs.getObject("exam_id", Long.class), rs.getObject("attempt_id", Long.class),
                rs.getObject("candidate_id", Long.class), rs.getString("candidate_username"), rs.getString("reason"),
                JSON.readTree(rs.getString("detail")));
    }
}
