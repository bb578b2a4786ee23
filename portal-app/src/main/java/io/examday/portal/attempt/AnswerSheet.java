package io.examday.portal.attempt;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.QuestionView;
import io.examday.portal.identity.PortalUser;
import io.examday.portal.web.PortalProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A candidate's answers being saved. The happy path is one conditional upsert: it writes only to the candidate's
 * own open attempt, before deadline + grace, and only a newer revision. The question is checked against the
 * cached exam afterwards, in the same transaction, so a misfit rolls back. A refusal costs one diagnostic SELECT.
 * "Before deadline + grace" judges the request's arrival, taken before the admission line; a save not worked on
 * within the in-flight limit of its arrival is refused as busy, and the sweeper waits out that limit too
 * ({@link AttemptProperties#closableBefore}), so a save worked on within that limit, however long it waited in
 * the line, never finds its attempt swept.
 */
@Service
public class AnswerSheet {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ExamCatalog catalog;
    private final ApplicationEventPublisher events;
    private final AttemptProperties properties;

    public AnswerSheet(JdbcClient jdbc, TransactionTemplate transactions, ExamCatalog catalog,
                       ApplicationEventPublisher events, AttemptProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.catalog = catalog;
        this.events = events;
        this.properties = properties;
    }

    public SavedAnswer save(long attemptId, long questionId, long revision, JsonNode rawValue, PortalUser candidate,
                            Instant arrivedAt) {
        if (properties.tooLongInFlight(arrivedAt, Instant.now())) {
            throw tooLate();
        }
        AnswerValue value = AnswerValue.parse(rawValue);
        Optional<Upserted> saved = transactions.execute(status -> {
            Optional<Upserted> upserted = upsert(attemptId, questionId, revision, value, candidate, arrivedAt);
            upserted.ifPresent(row -> value.checkFits(question(row.examId(), questionId)));
            return upserted;
        });
        if (saved.isEmpty()) {
            return refusal(attemptId, questionId, revision, value, candidate, arrivedAt);
        }
        events.publishEvent(new AnswerSaved(saved.get().examId(), candidate.username(), attemptId, questionId,
                revision));
        return reply(questionId, revision, saved.get().savedAt(), saved.get().deadline());
    }

    private record Upserted(long examId, Instant deadline, Instant savedAt) {
    }

    private Optional<Upserted> upsert(long attemptId, long questionId, long revision, AnswerValue value,
                                      PortalUser candidate, Instant arrivedAt) {
        // FOR SHARE: a save waits for a concurrent submit or sweep and then sees the attempt closed.
        return jdbc.sql("""
                        with target as (
                            select id, exam_id, deadline from attempt
                            where id = ? and candidate_id = ? and status = 'IN_PROGRESS' and deadline >= ?
                            for share
                        ), saved as (
                            insert into answer (attempt_id, question_id, revision, value, saved_at)
                            select id, ?, ?, cast(? as jsonb), ? from target
                            on conflict (attempt_id, question_id) do update
                                set revision = excluded.revision, value = excluded.value, saved_at = excluded.saved_at
                                where answer.revision < excluded.revision
                            returning saved_at
                        )
                        select t.exam_id, t.deadline, s.saved_at from target t cross join saved s""")
                .params(attemptId, candidate.id(), Timestamp.from(properties.earliestOpenDeadline(arrivedAt)),
                        questionId, revision, value.text(), Timestamp.from(arrivedAt))
                .query((rs, n) -> new Upserted(rs.getLong("exam_id"), rs.getTimestamp("deadline").toInstant(),
                        rs.getTimestamp("saved_at").toInstant()))
                .optional();
    }

    /** Why nothing was written; an identical resave is no refusal. */
    private SavedAnswer refusal(long attemptId, long questionId, long revision, AnswerValue value,
                                PortalUser candidate, Instant arrivedAt) {
        Diagnosis found = jdbc.sql("""
                        select a.exam_id, a.status, a.deadline, s.revision, s.saved_at,
                               coalesce(s.value = cast(? as jsonb), false) as same_value
                        from attempt a left join answer s on s.attempt_id = a.id and s.question_id = ?
                        where a.id = ? and a.candidate_id = ?""")
                .params(value.text(), questionId, attemptId, candidate.id())
                .query((rs, n) -> {
                    long current = rs.getLong("revision");
                    boolean answered = !rs.wasNull();
                    return new Diagnosis(rs.getLong("exam_id"), AttemptStatus.valueOf(rs.getString("status")),
                            rs.getTimestamp("deadline").toInstant(), answered ? current : null,
                            answered ? rs.getTimestamp("saved_at").toInstant() : null, rs.getBoolean("same_value"));
                })
                .optional()
                .orElseThrow(() -> CandidateAttempts.notFound(attemptId));
        value.checkFits(question(found.examId(), questionId));
        if (found.currentRevision() != null && found.currentRevision() == revision && found.sameValue()) {
            return reply(questionId, revision, found.savedAt(), found.deadline());
        }
        // Deadline first: whether the sweeper has closed a late attempt yet must not change the answer.
        if (properties.deadlinePassed(found.deadline(), arrivedAt)) {
            throw PortalProblem.conflict("deadline-passed", "The time for this attempt ran out at " + found.deadline() + ".");
        }
        // The sweeper closes an attempt only once every save that arrived in time for it is older than the
        // in-flight limit: this save arrived in time but reached its statement later than that.
        if (found.status() == AttemptStatus.AUTO_SUBMITTED && properties.tooLongInFlight(arrivedAt, Instant.now())) {
            throw tooLate();
        }
        if (found.status().closed()) {
            throw PortalProblem.conflict("attempt-closed", "This attempt was submitted; answers can no longer change.");
        }
        if (found.currentRevision() != null && found.currentRevision() >= revision) {
            throw new PortalProblem(HttpStatus.CONFLICT, "stale-revision",
                    "A newer revision of this answer is already saved.", Map.of("currentRevision", found.currentRevision()));
        }
        // Reachable only if the attempt changed between the two statements (a proctor reopened it, say).
        throw PortalProblem.conflict("save-conflict", "The attempt changed while saving; send the answer again.");
    }

    private PortalProblem tooLate() {
        return new PortalProblem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "The portal could not get to this save within "
                + properties.inFlightLimit().toSeconds() + " s of its arrival; nothing was saved.");
    }

    private record Diagnosis(long examId, AttemptStatus status, Instant deadline, Long currentRevision,
                             Instant savedAt, boolean sameValue) {
    }

    private QuestionView question(long examId, long questionId) {
        return catalog.content(examId).stream()
                .flatMap(content -> content.questions().stream())
                .filter(question -> question.questionId() == questionId)
                .findFirst()
                .orElseThrow(() -> PortalProblem.notFound("question-not-found",
                        "Question " + questionId + " is not part of this exam."));
    }

    private static SavedAnswer reply(long questionId, long revision, Instant savedAt, Instant deadline) {
        Instant now = Instant.now();
        return new SavedAnswer(questionId, revision, savedAt, deadline, now, Attempt.secondsLeft(deadline, now));
    }
}
