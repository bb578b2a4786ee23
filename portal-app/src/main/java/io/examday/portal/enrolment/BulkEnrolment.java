package io.examday.portal.enrolment;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.stafflog.StaffAction;
import io.examday.portal.stafflog.StaffLog;
import io.examday.portal.stafflog.Touched;
import io.examday.portal.web.PortalProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enrols many candidates at once, all or nothing: an unknown username anywhere refuses the whole list with its
 * line. Idempotent: enrolling someone again changes nothing (unless an extra time is given).
 */
@Service
public class BulkEnrolment {

    static final int MAX_LISTED_ERRORS = 500;

    private final JdbcClient jdbc;
    private final ExamCatalog catalog;
    private final EnrolledCount enrolledCount;
    private final StaffLog staffLog;

    public BulkEnrolment(JdbcClient jdbc, ExamCatalog catalog, EnrolledCount enrolledCount, StaffLog staffLog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.enrolledCount = enrolledCount;
        this.staffLog = staffLog;
    }

    private record Candidate(long id, String role) {
    }

    @Transactional
    public EnrolmentOutcome enrol(long examId, EnrolmentList list) {
        if (catalog.schedule(examId).isEmpty()) {
            throw PortalProblem.notFound("exam-not-found", "No exam " + examId + ".");
        }
        if (list.isEmpty()) {
            throw PortalProblem.badRequest("no-usernames", "There are no usernames to enrol.");
        }
        Map<String, Candidate> known = resolve(list.lines());
        List<EnrolmentError> errors = new ArrayList<>(list.errors());
        Map<Long, EnrolmentLine> byCandidate = new LinkedHashMap<>();
        for (EnrolmentLine line : list.lines()) {
            Candidate candidate = known.get(line.username());
            if (candidate == null) {
                errors.add(new EnrolmentError(line.line(), "username", "no user is called " + line.username()));
            } else if (!"CANDIDATE".equals(candidate.role())) {
                errors.add(new EnrolmentError(line.line(), "username", line.username() + " is not a candidate"));
            } else {
                byCandidate.put(candidate.id(), line);
            }
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        int enrolled = insert(examId, byCandidate);
        int extraTimesChanged = updateExtraTimes(examId, byCandidate);
        staffLog.record(StaffAction.ENROLMENT, touched(examId, byCandidate), null, Map.of("enrolled", enrolled,
                "alreadyEnrolled", byCandidate.size() - enrolled, "extraTimesChanged", extraTimesChanged));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                enrolledCount.evict(examId);
            }
        });
        return new EnrolmentOutcome(enrolled, byCandidate.size() - enrolled);
    }

    /** One row for the whole list: it names the candidate only when there is just one. */
    private static Touched touched(long examId, Map<Long, EnrolmentLine> byCandidate) {
        if (byCandidate.size() != 1) {
            return Touched.exam(examId);
        }
        var only = byCandidate.entrySet().iterator().next();
        return Touched.candidate(examId, only.getKey(), only.getValue().username());
    }

    private Map<String, Candidate> resolve(List<EnrolmentLine> lines) {
        String[] usernames = lines.stream().map(EnrolmentLine::username).distinct().toArray(String[]::new);
        Map<String, Candidate> known = new HashMap<>();
        jdbc.sql("select username, id, role from app_user where username = any(?::text[])")
                .param(usernames)
                .query(rs -> {
                    known.put(rs.getString("username"), new Candidate(rs.getLong("id"), rs.getString("role")));
                });
        return known;
    }

    private int insert(long examId, Map<Long, EnrolmentLine> byCandidate) {
        return jdbc.sql("""
                        insert into enrolment (exam_id, candidate_id, extra_time_seconds)
                        select ?, c.id, c.extra from unnest(?::bigint[], ?::int[]) as c(id, extra)
                        on conflict (exam_id, candidate_id) do nothing""")
                .params(examId, byCandidate.keySet().toArray(Long[]::new),
                        byCandidate.values().stream().map(l -> l.extraTimeSeconds() == null ? 0 : l.extraTimeSeconds())
                                .toArray(Integer[]::new))
                .update();
    }

    /** An extra time given for someone already enrolled replaces theirs; none given keeps it. Returns how many changed. */
    private int updateExtraTimes(long examId, Map<Long, EnrolmentLine> byCandidate) {
        var given = byCandidate.entrySet().stream().filter(e -> e.getValue().extraTimeSeconds() != null).toList();
        if (given.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update enrolment n set extra_time_seconds = c.extra
                        from unnest(?::bigint[], ?::int[]) as c(id, extra)
                        where n.exam_id = ? and n.candidate_id = c.id and n.extra_time_seconds <> c.extra""")
                .params(given.stream().map(Map.Entry::getKey).toArray(Long[]::new),
                        given.stream().map(e -> e.getValue().extraTimeSeconds()).toArray(Integer[]::new), examId)
                .update();
    }

    private static PortalProblem refused(List<EnrolmentError> errors) {
        List<EnrolmentError> listed = errors.stream().sorted(Comparator.comparingInt(EnrolmentError::line))
                .limit(MAX_LISTED_ERRORS).toList();
        return new PortalProblem(HttpStatus.BAD_REQUEST, "invalid-enrolment",
                errors.size() + (errors.size() == 1 ? " line is" : " lines are") + " wrong; nobody was enrolled.",
                Map.of("errors", listed, "errorCount", errors.size()));
    }
}
