package io.examday.portal.jobs;

/** The work done after a submit: grade it, render the result PDF, mail the candidate. */
public enum JobKind {
    GRADE, RESULT_PDF, RESULT_MAIL
}
