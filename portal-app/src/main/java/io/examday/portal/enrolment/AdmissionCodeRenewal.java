package io.examday.portal.enrolment;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamSchedule;
import io.examday.portal.identity.AdmissionCode;
import io.examday.portal.identity.SessionStore;
import io.examday.portal.stafflog.StaffAction;
import io.examday.portal.stafflog.StaffLog;
import io.examday.portal.stafflog.Touched;
import io.examday.portal.web.PortalProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * A lost admission code replaced: a new random one for a candidate enrolled in the exam, the old one refused from
 * then on, every session signed in as the candidate ended (whoever found the letter may have used it), and the
 * reason written to the staff log. The new code leaves once, in the letter returned.
 */
@Service
class AdmissionCodeRenewal {

    private final JdbcClient jdbc;
    private final ExamCatalog catalog;
    private final StaffLog staffLog;
    /** Absent where no web server runs (the seed command), and with it any session to end. */
    private final ObjectProvider<SessionStore> sessions;

    AdmissionCodeRenewal(JdbcClient jdbc, ExamCatalog catalog, StaffLog staffLog, ObjectProvider<SessionStore> sessions) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.staffLog = staffLog;
        this.sessions = sessions;
    }

    private record Enrolled(long id, String displayName, String email) {
    }

    @Transactional
    AdmissionLetter renew(long examId, String username, String reason) {
        ExamSchedule exam = catalog.schedule(examId)
                .orElseThrow(() -> PortalProblem.notFound("exam-not-found", "No exam " + examId + "."));
        String why = StatedReason.required(reason, "Say why the admission code is replaced.");
        Enrolled candidate = jdbc.sql("""
                        select u.id, u.display_name, u.email from app_user u join enrolment n on n.candidate_id = u.id
                        where u.username = ? and n.exam_id = ? and u.role = 'CANDIDATE'""")
                .params(username, examId)
                .query((rs, n) -> new Enrolled(rs.getLong("id"), rs.getString("display_name"), rs.getString("email")))
                .optional()
                .orElseThrow(() -> PortalProblem.notFound("candidate-not-enrolled",
                        "No candidate " + username + " is enrolled in " + exam.code() + "."));
        String code = AdmissionCode.random();
        jdbc.sql("update app_user set admission_code_hash = ? where id = ?")
                .params(AdmissionCode.hash(code), candidate.id()).update();
        SessionStore store = sessions.getIfAvailable();
        int ended = store == null ? 0 : store.endSessionsOf(username);
        staffLog.record(StaffAction.ADMISSION_CODE_REGENERATION, Touched.candidate(examId, candidate.id(), username),
                why, Map.of("sessionsEnded", ended));
        return new AdmissionLetter(username, candidate.displayName(), candidate.email(), exam.code(), exam.title(), code);
    }
}
