package io.examday.portal.enrolment;

/** One candidate of an import, with the line of the file it came from. {@code extraTimeSeconds} may be null. */
record NewCandidate(int line, String username, String displayName, String email, Integer extraTimeSeconds) {
}
