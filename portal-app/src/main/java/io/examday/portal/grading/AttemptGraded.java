package io.examday.portal.grading;

/**
 * An attempt's result was written. Published inside the grading transaction: the PDF and the mail queue their jobs
 * in it, so they follow only a committed result.
 */
public record AttemptGraded(long attemptId, long examId, Score score) {
}
