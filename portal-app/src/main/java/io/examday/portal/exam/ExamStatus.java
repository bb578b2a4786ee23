package io.examday.portal.exam;

/** A draft is edited freely; a published exam's content is frozen (only its schedule may move). */
public enum ExamStatus {
    DRAFT, PUBLISHED
}
