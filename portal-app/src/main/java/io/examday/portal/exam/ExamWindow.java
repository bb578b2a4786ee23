package io.examday.portal.exam;

/** Where an exam's window stands at a given instant. */
public enum ExamWindow {
    SCHEDULED, OPEN, CLOSED
}
