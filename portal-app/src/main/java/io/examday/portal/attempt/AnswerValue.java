package io.examday.portal.attempt;

import io.examday.portal.exam.QuestionView;
import io.examday.portal.web.PortalProblem;
import io.examday.portal.web.StorableText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.TreeSet;

/**
 * A candidate's answer in one of the four shapes the API accepts: an option index, a list of option indexes,
 * a number or a short text. Checked for shape before anything is written and for fit once the question is known.
 */
record AnswerValue(JsonNode json) {

    public static final int MAX_TEXT = 2000;

    /** Refuses anything that is no answer to any question; a list of options is kept sorted and distinct. */
    public static AnswerValue parse(JsonNode raw) {
        if (raw == null || raw.isNull() || raw.isMissingNode()) {
            throw invalid("An answer needs a value.");
        }
        if (raw.isArray()) {
            var options = new TreeSet<Integer>();
            for (JsonNode option : raw) {
                if (!option.isIntegralNumber() || !option.canConvertToInt()) {
                    throw invalid("A multiple-choice answer is a list of option indexes.");
                }
                options.add(option.intValue());
            }
            var normalized = JsonNodeFactory.instance.arrayNode();
            options.forEach(normalized::add);
            return new AnswerValue(normalized);
        }
        if (raw.isNumber() && !Double.isFinite(raw.doubleValue())) {
            throw invalid("A numeric answer must be a finite number.");
        }
        if (raw.isString() && raw.stringValue().length() > MAX_TEXT) {
            throw invalid("A text answer has at most " + MAX_TEXT + " characters.");
        }
        if (raw.isString() && !StorableText.holds(raw.stringValue())) {
            throw invalid("A text answer " + StorableText.RULE + ".");
        }
        if (!raw.isNumber() && !raw.isString()) {
            throw invalid("An answer is an option index, a list of option indexes, a number or a text.");
        }
        return new AnswerValue(raw);
    }

    /** Refuses a value of the wrong kind for this question, or an option it does not have. */
    public void checkFits(QuestionView question) {
        int options = question.options().size();
        boolean fits = switch (question.kind()) {
            case SINGLE_CHOICE -> json.isIntegralNumber() && json.canConvertToInt() && inRange(json.intValue(), options);
            case MULTIPLE_CHOICE -> json.isArray() && json.valueStream().allMatch(o -> inRange(o.intValue(), options));
            case NUMERIC -> json.isNumber();
            case SHORT_TEXT -> json.isString();
        };
        if (!fits) {
            throw invalid("Question " + question.questionId() + " is " + question.kind() + ": "
                    + describe(question) + ".");
        }
    }

    public String text() {
        return json.toString();
    }

    private static boolean inRange(int option, int options) {
        return option >= 0 && option < options;
    }

    private static String describe(QuestionView question) {
        int last = question.options().size() - 1;
        return switch (question.kind()) {
            case SINGLE_CHOICE -> "answer with one option index from 0 to " + last;
            case MULTIPLE_CHOICE -> "answer with a list of option indexes from 0 to " + last;
            case NUMERIC -> "answer with a number";
            case SHORT_TEXT -> "answer with a text of at most " + MAX_TEXT + " characters";
        };
    }

    private static PortalProblem invalid(String detail) {
        return PortalProblem.badRequest("invalid-answer", detail);
    }
}
