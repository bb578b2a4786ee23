package io.examday.portal.attempt;

import io.examday.portal.stafflog.StaffAction;
import io.examday.portal.stafflog.StaffLog;
import io.examday.portal.stafflog.Touched;
import io.examday.portal.web.PortalProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What staff may do to an attempt: read it, extend its time, reopen it. The proctor feature calls this. Each
 * change is written to the staff log in its own transaction, and announced ({@link DeadlineExtended},
 * {@link AttemptReopened}) inside it; a refused one changes nothing, logs nothing and announces nothing.
 */
@Service
public class AttemptAdministration {

    static final int MAX_EXTENSION_SECONDS = 24 * 3600;
    static final int MAX_REASON = 1000;

    private static final String SNAPSHOT = """
            select a.id, a.exam_id, a.candidate_id, u.username, a.status, a.started_at, a.deadline, a.submitted_at,
                   a.extension_seconds
            from attempt a join app_user u on u.id = a.candidate_id where a.id = ?""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final StaffLog staffLog;
    private final AttemptProperties attempts;

    public AttemptAdministration(JdbcClient jdbc, ApplicationEventPublisher events, StaffLog staffLog,
                                 AttemptProperties attempts) {
        this.jdbc = jdbc;
        this.events = events;
        this.staffLog = staffLog;
        this.attempts = attempts;
    }

    public Optional<AttemptSnapshot> find(long attemptId) {
        return jdbc.sql(SNAPSHOT).param(attemptId).query(AttemptAdministration::snapshot).optional();
    }

    /**
     * Moves the deadline later by {@code seconds}; works on open and closed attempts alike, up to the extension
     * cap. The cap is checked by the update itself, so two extensions at once cannot pass it together.
     */
    @Transactional
    public AttemptSnapshot extend(long attemptId, int seconds, String reason) {
        checkExtension(seconds);
        checkReasonLength(reason);
        int updated = jdbc.sql("""
                        update attempt set deadline = deadline + make_interval(secs => :seconds),
                                           extension_seconds = extension_seconds + :seconds
                        where id = :id and extension_seconds + :seconds <= :cap""")
                .param("seconds", seconds).param("id", attemptId).param("cap", capSeconds())
                .update();
        if (updated == 0) {
            throw capExceeded(find(attemptId).orElseThrow(() -> notFound(attemptId)), seconds);
        }
        var attempt = find(attemptId).orElseThrow();
        staffLog.record(StaffAction.EXTENSION, touched(attempt), reason, Map.of("seconds", seconds,
                "deadline", attempt.deadline().toString(), "extensionSeconds", attempt.extensionSeconds()));
        events.publishEvent(new DeadlineExtended(attempt.examId(), attempt.username(), attempt.attemptId(),
                attempt.deadline()));
        return attempt;
    }

    /**
     * Reopens an attempt submitted by mistake: its answers stay, its result is withdrawn until it is submitted
     * again. An attempt already past deadline + grace needs an extension that moves its deadline past now, or the
     * deadline sweeper would close it again within seconds and it would be graded and mailed a second time.
     */
    @Transactional
    public AttemptSnapshot reopen(long attemptId, String reason, Integer extensionSeconds) {
        if (reason == null || reason.isBlank()) {
            throw PortalProblem.badRequest("reason-required", "Say why the attempt is reopened.");
        }
        checkReasonLength(reason);
        int extension = extensionSeconds == null ? 0 : extensionSeconds;
        if (extensionSeconds != null) {
            checkExtension(extension);
        }
        var before = jdbc.sql(SNAPSHOT + " for update of a").param(attemptId)
                .query(AttemptAdministration::snapshot).optional()
                .orElseThrow(() -> notFound(attemptId));
        if (!before.status().closed()) {
            throw PortalProblem.conflict("attempt-open", "Attempt " + attemptId + " is still in progress.");
        }
        Instant now = Instant.now();
        Instant deadline = before.deadline().plusSeconds(extension);
        if (attempts.deadlinePassed(before.deadline(), now) && !deadline.isAfter(now)) {
            long needed = Duration.between(before.deadline(), now).toSeconds() + 1;
            throw new PortalProblem(HttpStatus.CONFLICT, "reopen-needs-extension",
                    "Attempt " + attemptId + "'s deadline passed at " + before.deadline() + ": reopen it with an extension "
                            + "that moves the deadline past now (at least " + spoken(needed) + ").",
                    Map.of("deadline", before.deadline().toString(), "minimumExtensionSeconds", needed));
        }
        if (before.extensionSeconds() + (long) extension > capSeconds()) {
            throw capExceeded(before, extension);
        }
        jdbc.sql("""
                        update attempt set status = 'IN_PROGRESS', submitted_at = null,
                                           deadline = deadline + make_interval(secs => :seconds),
                                           extension_seconds = extension_seconds + :seconds
                        where id = :id""")
                .param("seconds", extension).param("id", attemptId).update();
        var after = find(attemptId).orElseThrow();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("previousStatus", before.status().name());
        detail.put("submittedAt", before.submittedAt() == null ? null : before.submittedAt().toString());
        detail.put("extensionSeconds", extension);
        detail.put("deadline", after.deadline().toString());
        staffLog.record(StaffAction.REOPEN, touched(after), reason, detail);
        // Grading withdraws the result in this transaction; the live board shows the attempt open after it commits.
        events.publishEvent(new AttemptReopened(after.examId(), after.username(), after.attemptId(), after.deadline()));
        return after;
    }

    private long capSeconds() {
        return attempts.extensionCap().toSeconds();
    }

    private PortalProblem capExceeded(AttemptSnapshot attempt, int seconds) {
        long cap = capSeconds();
        long left = Math.max(0, cap - attempt.extensionSeconds());
        String had = attempt.extensionSeconds() == 0 ? "none" : spoken(attempt.extensionSeconds());
        return new PortalProblem(HttpStatus.CONFLICT, "extension-cap-exceeded",
                "An extension of " + spoken(seconds) + " would pass attempt " + attempt.attemptId() + "'s cap of "
                        + spoken(cap) + ": it has had " + had + ", so at most " + spoken(left) + " is left.",
                Map.of("capSeconds", cap, "extensionSeconds", attempt.extensionSeconds(), "remainingSeconds", left));
    }

    private static void checkExtension(int seconds) {
        if (seconds <= 0 || seconds > MAX_EXTENSION_SECONDS) {
            throw PortalProblem.badRequest("invalid-extension", "An extension is between 1 second and 24 hours.");
        }
    }

    private static void checkReasonLength(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw PortalProblem.badRequest("reason-too-long", "A reason is at most " + MAX_REASON + " characters.");
        }
    }

    private static PortalProblem notFound(long attemptId) {
        return PortalProblem.notFound("attempt-not-found", "No attempt " + attemptId + ".");
    }

    private static Touched touched(AttemptSnapshot attempt) {
        return Touched.attempt(attempt.examId(), attempt.attemptId(), attempt.candidateId(), attempt.username());
    }

    /** "90 min", "4 min 30 s", "45 s": how a proctor reads a length of time. */
    private static String spoken(long seconds) {
        long minutes = seconds / 60;
        long rest = seconds % 60;
        if (minutes == 0) {
            return rest + " s";
        }
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }

    static AttemptSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        var submittedAt = rs.getTimestamp("submitted_at");
        return new AttemptSnapshot(rs.getLong("id"), rs.getLong("exam_id"), rs.getLong("candidate_id"),
                rs.getString("username"), AttemptStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                submittedAt == null ? null : submittedAt.toInstant(), rs.getInt("extension_seconds"));
    }
}
