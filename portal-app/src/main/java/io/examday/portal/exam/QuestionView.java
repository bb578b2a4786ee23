package io.examday.portal.exam;

import java.util.List;

/** A question as a candidate sees it: never the key. {@code position} is its place in the exam (0-based). */
public record QuestionView(long questionId, int position, QuestionKind kind, String prompt, List<String> options,
                           int points) {
}
