package io.examday.portal.exam;

public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, NUMERIC, SHORT_TEXT
}
