package io.examday.portal.enrolment;

/** How a bulk enrolment went: candidates newly enrolled, and those who already were. */
public record EnrolmentOutcome(int enrolled, int alreadyEnrolled) {
}
