package io.examday.portal.attempt;

/** A candidate read a page of their open attempt. */
public record PageRead(long examId, String username, long attemptId, int page) {
}
