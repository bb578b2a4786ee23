package io.examday.portal.attempt;

/** A newer revision of an answer was stored in an open attempt. */
public record AnswerSaved(long examId, String username, long attemptId, long questionId, long revision) {
}
