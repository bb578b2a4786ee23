package io.examday.portal.attempt;

import io.examday.portal.proctor.LiveBoard;
import io.examday.portal.web.PortalProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** What staff may do to an attempt: read it, extend its time, reopen it. The proctor feature calls this. */
@Service
public class AttemptAdministration {

    private static final String SNAPSHOT_COLUMNS = """
            a.id, a.exam_id, a.candidate_id, u.username, a.status, a.started_at, a.deadline, a.submitted_at""";

    private final JdbcClient jdbc;
    private final LiveBoard liveBoard;

    public AttemptAdministration(JdbcClient jdbc, LiveBoard liveBoard) {
        this.jdbc = jdbc;
        this.liveBoard = liveBoard;
    }

    public Optional<AttemptSnapshot> find(long attemptId) {
        return jdbc.sql("select " + SNAPSHOT_COLUMNS + " from attempt a join app_user u on u.id = a.candidate_id where a.id = ?")
                .param(attemptId)
                .query(AttemptAdministration::snapshot)
                .optional();
    }

    /** Moves the deadline later by {@code seconds}; works on open and closed attempts alike. */
    @Transactional
    public AttemptSnapshot extend(long attemptId, int seconds) {
        if (seconds <= 0 || seconds > 24 * 3600) {
            throw PortalProblem.badRequest("invalid-extension", "An extension is between 1 second and 24 hours.");
        }
        int updated = jdbc.sql("update attempt set deadline = deadline + make_interval(secs => ?) where id = ?")
                .params(seconds, attemptId).update();
        if (updated == 0) {
            throw PortalProblem.notFound("attempt-not-found", "No attempt " + attemptId + ".");
        }
        var attempt = find(attemptId).orElseThrow();
        liveBoard.deadlineChanged(attempt.examId(), attempt.username(), attempt.attemptId(), attempt.deadline());
        return attempt;
    }

    /**
     * Reopens an attempt submitted by mistake: its answers stay, its result is withdrawn until it is submitted
     * again. If the deadline has passed, the proctor extends it as well.
     */
    @Transactional
    public AttemptSnapshot reopen(long attemptId) {
        var before = find(attemptId)
                .orElseThrow(() -> PortalProblem.notFound("attempt-not-found", "No attempt " + attemptId + "."));
        if (!before.status().closed()) {
            throw PortalProblem.conflict("attempt-open", "Attempt " + attemptId + " is still in progress.");
        }
        jdbc.sql("update attempt set status = 'IN_PROGRESS', submitted_at = null where id = ?").param(attemptId).update();
        jdbc.sql("delete from result where attempt_id = ?").param(attemptId).update();
        var after = find(attemptId).orElseThrow();
        liveBoard.attemptReopened(after.examId(), after.username(), after.attemptId(), after.deadline());
        return after;
    }

    static AttemptSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        var submittedAt = rs.getTimestamp("submitted_at");
        return new AttemptSnapshot(rs.getLong("id"), rs.getLong("exam_id"), rs.getLong("candidate_id"),
                rs.getString("username"), AttemptStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                submittedAt == null ? null : submittedAt.toInstant());
    }
}
