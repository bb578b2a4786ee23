package io.examday.portal.stafflog;

import io.examday.portal.identity.PortalAuthentication;
import io.examday.portal.identity.PortalUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * Writes one row per staff action. It joins the caller's transaction and refuses to run without one, so a row
 * exists exactly when the change it records was committed. Who acted is the signed-in user; with no one signed
 * in (the demo seed at start, the seed command) it is {@value #SYSTEM}.
 */
@Service
public class StaffLog {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public StaffLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param reason why, as staff gave it; null or blank when none was asked for
     * @param detail a few facts of the action (counts, old and new values), stored as a JSON object
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(StaffAction action, Touched touched, String reason, Map<String, ?> detail) {
        PortalUser actor = signedIn();
        jdbc.sql("""
                        insert into staff_action (actor_id, actor_username, action, exam_id, attempt_id, candidate_id,
                                                  candidate_username, reason, detail)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(actor == null ? null : actor.id(), actor == null ? SYSTEM : actor.username(), action.name(),
                        touched.examId(), touched.attemptId(), touched.candidateId(), touched.candidateUsername(),
                        reason == null || reason.isBlank() ? null : reason.strip(), json.writeValueAsString(detail))
                .update();
    }

    private static PortalUser signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof PortalAuthentication portal ? portal.getPrincipal() : null;
    }
}
