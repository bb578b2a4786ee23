package io.examday.portal.attempt;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamSchedule;
import io.examday.portal.exam.ExamWindow;
import io.examday.portal.identity.PortalUser;
import io.examday.portal.web.PortalProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts a candidate's one attempt at an exam. The start storm races, so the unique constraint decides: the
 * insert does nothing when the attempt exists, and only then is it read back. At most three statements.
 */
@Service
class ExamStart {

    private final JdbcClient jdbc;
    private final ExamCatalog catalog;
    private final ApplicationEventPublisher events;

    ExamStart(JdbcClient jdbc, ExamCatalog catalog, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.events = events;
    }

    /** {@code created} is false when the candidate had already started. */
    public record Started(Attempt attempt, ExamSchedule schedule, boolean created) {
    }

    public Started start(long examId, PortalUser candidate, Instant arrivedAt) {
        ExamSchedule schedule = catalog.schedule(examId).filter(ExamSchedule::published)
                .orElseThrow(() -> PortalProblem.notFound("exam-not-found", "No exam " + examId + "."));
        if (schedule.windowAt(arrivedAt) != ExamWindow.OPEN) {
            return existing(examId, candidate)
                    .map(attempt -> new Started(attempt, schedule, false))
                    .orElseThrow(() -> PortalProblem.conflict("exam-not-open",
                            "The exam is open from " + schedule.opensAt() + " to " + schedule.closesAt() + "."));
        }
        Optional<Attempt> created = insert(schedule, candidate, arrivedAt);
        if (created.isPresent()) {
            Attempt attempt = created.get();
            events.publishEvent(new AttemptStarted(examId, candidate.username(), attempt.attemptId(),
                    attempt.deadline()));
            return new Started(attempt, schedule, true);
        }
        return existing(examId, candidate)
                .map(attempt -> new Started(attempt, schedule, false))
                .orElseThrow(() -> new PortalProblem(HttpStatus.FORBIDDEN, "not-enrolled",
                        "You are not enrolled in exam " + schedule.code() + "."));
    }

    /** Nothing when the candidate is not enrolled or already has an attempt. */
    private Optional<Attempt> insert(ExamSchedule schedule, PortalUser candidate, Instant startedAt) {
        // The enrolment's extra time is only known inside the statement: deadlineFor without it, plus the extra
        // time, capped at the close again, is deadlineFor with it (the cap is idempotent).
        Instant deadlineWithoutExtraTime = schedule.deadlineFor(startedAt, 0);
        return jdbc.sql("""
                        insert into attempt (exam_id, candidate_id, status, started_at, deadline, question_order)
                        select e.exam_id, e.candidate_id, 'IN_PROGRESS', cast(? as timestamptz),
                               least(cast(? as timestamptz) + make_interval(secs => e.extra_time_seconds),
                                     cast(? as timestamptz)),
                               ?
                        from enrolment e where e.exam_id = ? and e.candidate_id = ?
                        on conflict (exam_id, candidate_id) do nothing
                        returning\s""" + Attempt.COLUMNS)
                .params(Timestamp.from(startedAt), Timestamp.from(deadlineWithoutExtraTime),
                        Timestamp.from(schedule.closesAt()), QuestionOrder.forNewAttempt(schedule),
                        schedule.examId(), candidate.id())
                .query(Attempt::read)
                .optional();
    }

    private Optional<Attempt> existing(long examId, PortalUser candidate) {
        return jdbc.sql("select " + Attempt.COLUMNS + " from attempt where exam_id = ? and candidate_id = ?")
                .params(examId, candidate.id())
                .query(Attempt::read)
                .optional();
    }
}
