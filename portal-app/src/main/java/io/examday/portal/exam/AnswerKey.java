package io.examday.portal.exam;

import java.util.Map;

/** The keys of an exam's questions, for grading only; never reaches a candidate-facing response. */
public record AnswerKey(long examId, int version, Map<Long, Entry> entries) {

    /** {@code answer} is the key as JSON text, in the same shape as a candidate's answer value. */
    public record Entry(QuestionKind kind, String answer, Double tolerance, int points) {
    }
}
