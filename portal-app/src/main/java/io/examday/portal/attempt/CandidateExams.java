package io.examday.portal.attempt;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamSchedule;
import io.examday.portal.identity.PortalUser;
import io.examday.portal.web.PortalProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What a candidate sees before an attempt: their exams (one statement) and an exam's lobby (cache only). */
@Service
class CandidateExams {

    private final JdbcClient jdbc;
    private final ExamCatalog catalog;

    CandidateExams(JdbcClient jdbc, ExamCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    private record Enrolled(long examId, Long attemptId, AttemptStatus attemptStatus) {
    }

    /** Published exams the candidate is enrolled in, soonest first. */
    public List<EnrolledExam> of(PortalUser candidate, Instant now) {
        List<Enrolled> enrolled = jdbc.sql("""
                        select e.exam_id, a.id as attempt_id, a.status
                        from enrolment e
                        left join attempt a on a.exam_id = e.exam_id and a.candidate_id = e.candidate_id
                        where e.candidate_id = ?""")
                .param(candidate.id())
                .query((rs, n) -> {
                    long attemptId = rs.getLong("attempt_id");
                    boolean started = !rs.wasNull();
                    return new Enrolled(rs.getLong("exam_id"), started ? attemptId : null,
                            started ? AttemptStatus.valueOf(rs.getString("status")) : null);
                })
                .list();
        return enrolled.stream()
                .flatMap(e -> catalog.schedule(e.examId()).filter(ExamSchedule::published).stream()
                        .map(s -> new EnrolledExam(s.examId(), s.code(), s.title(), s.windowAt(now), s.opensAt(),
                                s.closesAt(), s.durationSeconds(), e.attemptId(), e.attemptStatus())))
                .sorted(Comparator.comparing(EnrolledExam::opensAt))
                .toList();
    }

    public Lobby lobby(long examId, Instant now) {
        return catalog.schedule(examId).filter(ExamSchedule::published)
                .map(schedule -> Lobby.of(schedule, now))
                .orElseThrow(() -> PortalProblem.notFound("exam-not-found", "No exam " + examId + "."));
    }
}
