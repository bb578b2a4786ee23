package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Exams as staff list them (authors edit them, proctors watch them); straight from the database, not cached. */
@Service
@Transactional(readOnly = true)
public class ExamListing {

    private final ExamRepository exams;
    private final QuestionStore questions;

    public ExamListing(ExamRepository exams, QuestionStore questions) {
        this.exams = exams;
        this.questions = questions;
    }

    public List<ExamSummary> all() {
        return exams.findAllByOrderByOpensAtDescIdDesc().stream().map(Exam::summary).toList();
    }

    public Optional<ExamSummary> byCode(String code) {
        return exams.findByCode(code).map(Exam::summary);
    }

    public ExamSummary require(long examId) {
        return exams.findById(examId).map(Exam::summary).orElseThrow(() -> notFound(examId));
    }

    /** The exam's questions with their keys, in exam order. */
    public List<AuthoredQuestion> questions(long examId) {
        require(examId);
        return questions.ofExam(examId);
    }

    static PortalProblem notFound(long examId) {
        return PortalProblem.notFound("exam-not-found", "No exam " + examId + ".");
    }
}
