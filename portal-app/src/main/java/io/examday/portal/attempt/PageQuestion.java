package io.examday.portal.attempt;

import io.examday.portal.exam.QuestionKind;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** A question on a page; {@code number} is its 1-based place in this candidate's order. */
public record PageQuestion(long questionId, int number, QuestionKind kind, String prompt, List<String> options,
                           int points, SavedValue answer) {

    /** What the candidate saved last, with the revision the next save must exceed. */
    public record SavedValue(JsonNode value, long revision) {
    }

    /** Whether the saved answer picks this option (the page ticks it). */
    public boolean chosen(int option) {
        if (answer == null) {
            return false;
        }
        JsonNode value = answer.value();
        return value.isArray() ? value.valueStream().anyMatch(v -> v.asInt() == option)
                : value.isIntegralNumber() && value.asInt() == option;
    }

    /** The saved number or text as the page's input shows it; empty when unanswered. */
    public String typed() {
        if (answer == null) {
            return "";
        }
        return answer.value().isString() ? answer.value().stringValue() : answer.value().toString();
    }
}
