package io.examday.portal.attempt;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamSchedule;
import io.examday.portal.identity.PortalUser;
import io.examday.portal.web.PortalProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;

/** Finds a candidate's own attempt; anyone else's is reported as missing, so its existence is not revealed. */
@Service
public class CandidateAttempts {

    private final JdbcClient jdbc;
    private final ExamCatalog catalog;

    public CandidateAttempts(JdbcClient jdbc, ExamCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    public AttemptView view(long attemptId, PortalUser candidate, Instant now) {
        Attempt attempt = find(attemptId, candidate);
        return AttemptView.of(attempt, schedule(attempt), now);
    }

    ExamSchedule schedule(Attempt attempt) {
        return catalog.schedule(attempt.examId()).orElseThrow(() ->
                PortalProblem.notFound("exam-not-found", "Exam " + attempt.examId() + " no longer exists."));
    }

    public Attempt find(long attemptId, PortalUser candidate) {
        return jdbc.sql("select " + Attempt.COLUMNS + " from attempt where id = ? and candidate_id = ?")
                .params(attemptId, candidate.id())
                .query(Attempt::read)
                .optional()
                .orElseThrow(() -> notFound(attemptId));
    }

    public static PortalProblem notFound(long attemptId) {
        return PortalProblem.notFound("attempt-not-found", "You have no attempt " + attemptId + ".");
    }
}
