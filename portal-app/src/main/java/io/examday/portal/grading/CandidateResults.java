package io.examday.portal.grading;

import io.examday.portal.attempt.CandidateAttempts;
import io.examday.portal.identity.PortalUser;
import io.examday.portal.web.PortalProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** A candidate's own results, one statement each; anyone else's attempt is reported as missing. */
@Service
class CandidateResults {

    private final JdbcClient jdbc;

    CandidateResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultView of(long attemptId, PortalUser candidate) {
        return jdbc.sql("""
                        select r.score, r.max_score, r.graded_at, r.pdf is not null as pdf_ready
                        from attempt a left join result r on r.attempt_id = a.id
                        where a.id = ? and a.candidate_id = ?""")
                .params(attemptId, candidate.id())
                .query((rs, n) -> {
                    var gradedAt = rs.getTimestamp("graded_at");
                    return gradedAt == null
                            ? new ResultView(attemptId, ResultView.Status.PENDING, null, null, null, false)
                            : new ResultView(attemptId, ResultView.Status.GRADED, rs.getDouble("score"),
                            rs.getDouble("max_score"), gradedAt.toInstant(), rs.getBoolean("pdf_ready"));
                })
                .optional()
                .orElseThrow(() -> CandidateAttempts.notFound(attemptId));
    }

    public byte[] pdf(long attemptId, PortalUser candidate) {
        return jdbc.sql("""
                        select r.pdf from attempt a left join result r on r.attempt_id = a.id
                        where a.id = ? and a.candidate_id = ?""")
                .params(attemptId, candidate.id())
                .query((rs, n) -> Optional.ofNullable(rs.getBytes("pdf")))
                .optional()
                .orElseThrow(() -> CandidateAttempts.notFound(attemptId))
                .orElseThrow(() -> PortalProblem.conflict("result-pending",
                        "The result PDF is not ready yet; try again in a moment."));
    }

}
