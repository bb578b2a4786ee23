package io.examday.portal.enrolment;

/** What is wrong with one line of a bulk enrolment. */
public record EnrolmentError(int line, String field, String message) {
}
