package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

import java.time.Instant;

/** An exam as its author edits it. Once published its content is a frozen version; only the schedule moves. */
@Entity
@Table(name = "exam")
public class Exam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private ExamStatus status;
    private int version;
    private int durationSeconds;
    private Instant opensAt;
    private Instant closesAt;
    private int questionsPerPage;
    private boolean shuffleQuestions;
    private Instant publishedAt;
    @Formula("(select count(*) from exam_question q where q.exam_id = id)")
    private int questionCount;

    protected Exam() {
    }

    Exam(ExamDetails details) {
        this.status = ExamStatus.DRAFT;
        this.version = 1;
        apply(details);
    }

    long id() {
        return id;
    }

    String code() {
        return code;
    }

    boolean published() {
        return status == ExamStatus.PUBLISHED;
    }

    void revise(ExamDetails details) {
        refuseIfPublished();
        apply(details);
    }

    void reschedule(ScheduleChange change) {
        opensAt = change.opensAt();
        closesAt = change.closesAt();
        durationSeconds = change.durationSeconds();
    }

    /** Idempotent: publishing a published exam changes nothing. */
    void publish(Instant now) {
        if (published()) {
            return;
        }
        status = ExamStatus.PUBLISHED;
        publishedAt = now;
    }

    void refuseIfPublished() {
        if (published()) {
            throw PortalProblem.conflict("exam-published", "Exam " + code + " is published: its content is frozen. "
                    + "Only its schedule may change.");
        }
    }

    ExamSummary summary() {
        return new ExamSummary(id, code, title, description, status, version, questionCount, opensAt, closesAt,
                durationSeconds, questionsPerPage, shuffleQuestions);
    }

    private void apply(ExamDetails details) {
        code = details.code().trim();
        title = details.title().trim();
        description = details.description() == null ? "" : details.description();
        questionsPerPage = details.questionsPerPage() == null ? 1 : details.questionsPerPage();
        shuffleQuestions = Boolean.TRUE.equals(details.shuffleQuestions());
        reschedule(details.schedule());
    }
}
