package io.examday.portal.exam;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.util.List;

/** A stored question as its author sees it, key included: {@code answer} is JSON, in the shape it was imported. */
record AuthoredQuestion(long questionId, int number, QuestionKind kind, String prompt, List<String> options,
                        @JsonRawValue String answer, Double tolerance, int points) {
}
