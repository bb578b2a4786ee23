package io.examday.portal.proctor;

import io.examday.portal.identity.SessionStoreRestarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Rebuilds the live boards from the attempts in PostgreSQL when Redis was restarted: the board's counters move by
 * one per start and submit, so a Redis that came back empty (or from an older snapshot) would otherwise show a
 * proctor wrong counts until the exam ended. Found by a chaos run: after a Redis restart the board counted
 * submissions down from zero. A candidate who starts or submits while a board is being rebuilt may be counted as
 * they were just before; the next rebuild, or no restart at all, leaves the counts exact.
 */
@Component
class LiveBoardRebuild {

    private static final Logger log = LoggerFactory.getLogger(LiveBoardRebuild.class);

    private final JdbcClient jdbc;
    private final LiveBoard board;
    private final ProctorProperties properties;

    LiveBoardRebuild(JdbcClient jdbc, LiveBoard board, ProctorProperties properties) {
        this.jdbc = jdbc;
        this.board = board;
        this.properties = properties;
    }

    @EventListener
    void redisRestarted(SessionStoreRestarted restarted) {
        List<Long> exams = jdbc.sql("select distinct exam_id from attempt where started_at > ?")
                .param(Timestamp.from(Instant.now().minus(properties.boardRebuildWindow())))
                .query(Long.class).list();
        exams.forEach(this::rebuild);
        log.info("Redis was restarted (run_id {}): the live boards of {} exams were rebuilt from the database",
                restarted.runId(), exams.size());
    }

    void rebuild(long examId) {
        board.replace(examId, jdbc.sql("""
                        select u.username, a.id, a.status, a.deadline,
                               coalesce((select max(w.saved_at) from answer w where w.attempt_id = a.id), a.started_at) as active
                        from attempt a join app_user u on u.id = a.candidate_id
                        where a.exam_id = ?""")
                .param(examId)
                .query((rs, n) -> new LiveBoard.Entry(rs.getString("username"), rs.getLong("id"), rs.getString("status"),
                        rs.getTimestamp("deadline").toInstant(), rs.getTimestamp("active").toInstant()))
                .list());
    }
}
