package io.examday.portal.enrolment;

/**
 * One candidate to enrol, with where it was given: the CSV line, or the 1-based place in a JSON list.
 * {@code extraTimeSeconds} is null when not given (an existing enrolment then keeps its extra time).
 */
record EnrolmentLine(int line, String username, Integer extraTimeSeconds) {
}
