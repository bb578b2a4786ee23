package io.examday.portal.exam;

import io.examday.portal.stafflog.StaffAction;
import io.examday.portal.stafflog.StaffLog;
import io.examday.portal.stafflog.Touched;
import io.examday.portal.web.PortalProblem;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Every change an author makes to an exam. Each one evicts the exam from {@link ExamCatalog} once committed, so
 * candidates never see a half-made change and never keep an old one.
 */
@Service
public class ExamAuthoring {

    static final int MAX_BANK_PICKS = 1000;

    private final ExamRepository exams;
    private final QuestionBankRepository banks;
    private final QuestionStore questions;
    private final ExamCatalog catalog;
    private final Validator validator;
    private final StaffLog staffLog;

    public ExamAuthoring(ExamRepository exams, QuestionBankRepository banks, QuestionStore questions,
                         ExamCatalog catalog, Validator validator, StaffLog staffLog) {
        this.exams = exams;
        this.banks = banks;
        this.questions = questions;
        this.catalog = catalog;
        this.validator = validator;
        this.staffLog = staffLog;
    }

    @Transactional
    public long create(ExamDetails details) {
        checkDetails(details);
        if (exams.existsByCode(details.code().trim())) {
            throw codeTaken(details.code());
        }
        long examId = exams.save(new Exam(details)).id();
        // A lobby may have asked for this id before it existed, and "no such exam" is cached too.
        evictAfterCommit(examId);
        return examId;
    }

    @Transactional
    public void revise(long examId, ExamDetails details) {
        Exam exam = locked(examId);
        exam.refuseIfPublished();
        checkDetails(details);
        if (exams.existsByCodeAndIdNot(details.code().trim(), examId)) {
            throw codeTaken(details.code());
        }
        exam.revise(details);
        evictAfterCommit(examId);
    }

    /** Allowed on published exams: attempts already started keep their deadlines. */
    @Transactional
    public void reschedule(long examId, ScheduleChange change) {
        InvalidInput.check(validator, change);
        checkWindow(change);
        Exam exam = locked(examId);
        ExamSummary before = exam.summary();
        exam.reschedule(change);
        staffLog.record(StaffAction.SCHEDULE_CHANGE, Touched.exam(examId), null, Map.of(
                "from", schedule(before.opensAt(), before.closesAt(), before.durationSeconds()),
                "to", schedule(change.opensAt(), change.closesAt(), change.durationSeconds())));
        evictAfterCommit(examId);
    }

    private static Map<String, Object> schedule(Instant opensAt, Instant closesAt, int durationSeconds) {
        return Map.of("opensAt", opensAt.toString(), "closesAt", closesAt.toString(),
                "durationSeconds", durationSeconds);
    }

    /** Publishing a published exam again changes nothing, and so is not logged again. */
    @Transactional
    public void publish(long examId) {
        Exam exam = locked(examId);
        if (exam.published()) {
            return;
        }
        ExamSummary draft = exam.summary();
        if (draft.questionCount() == 0) {
            throw PortalProblem.conflict("exam-empty", "Exam " + exam.code() + " has no questions to publish.");
        }
        exam.publish(Instant.now());
        staffLog.record(StaffAction.PUBLISH, Touched.exam(examId), null, Map.of("code", draft.code(),
                "version", draft.version(), "questionCount", draft.questionCount()));
        evictAfterCommit(examId);
    }

    /** Appends new questions of the exam's own; returns how many. */
    @Transactional
    public int append(long examId, List<NewQuestion> newQuestions) {
        locked(examId).refuseIfPublished();
        if (newQuestions.isEmpty()) {
            throw PortalProblem.badRequest("no-questions", "There are no questions to add.");
        }
        questions.append(examId, questions.insert(null, newQuestions));
        evictAfterCommit(examId);
        return newQuestions.size();
    }

    /** Appends questions of a bank, shared with it (question rows never change); returns how many. */
    @Transactional
    public int appendFromBank(long examId, long bankId, List<Long> questionIds) {
        locked(examId).refuseIfPublished();
        if (!banks.existsById(bankId)) {
            throw QuestionBanks.notFound(bankId);
        }
        if (questionIds == null || questionIds.isEmpty() || questionIds.size() > MAX_BANK_PICKS) {
            throw PortalProblem.badRequest("no-questions", "Pick 1 to " + MAX_BANK_PICKS + " questions of the bank.");
        }
        List<Long> picked = List.copyOf(new LinkedHashSet<>(questionIds));
        List<Long> found = questions.inBank(bankId, picked);
        List<Map<String, Object>> missing = picked.stream().filter(id -> !found.contains(id))
                .map(id -> InvalidInput.field("questionIds", "question " + id + " is not in bank " + bankId))
                .toList();
        if (!missing.isEmpty()) {
            throw InvalidInput.problem(missing);
        }
        questions.append(examId, picked);
        evictAfterCommit(examId);
        return picked.size();
    }

    /** Deletes an exam with its enrolments, attempts and own questions: for operators' load-test data only. */
    @Transactional
    public void discard(long examId) {
        Exam exam = locked(examId);
        questions.deleteOwn(examId);
        exams.delete(exam);
        evictAfterCommit(examId);
    }

    private Exam locked(long examId) {
        return exams.findLocked(examId).orElseThrow(() -> ExamListing.notFound(examId));
    }

    private void checkDetails(ExamDetails details) {
        InvalidInput.check(validator, details);
        checkWindow(details.schedule());
    }

    private static void checkWindow(ScheduleChange change) {
        if (!change.closesAt().isAfter(change.opensAt())) {
            throw InvalidInput.problem(List.of(InvalidInput.field("closesAt", "must be after opensAt")));
        }
    }

    private static PortalProblem codeTaken(String code) {
        return PortalProblem.conflict("exam-code-taken", "Another exam already has the code " + code.trim() + ".");
    }

    private void evictAfterCommit(long examId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                catalog.evict(examId);
            }
        });
    }
}
