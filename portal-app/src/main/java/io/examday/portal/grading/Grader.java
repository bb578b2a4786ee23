package io.examday.portal.grading;

import io.examday.portal.exam.AnswerKey;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores answers against an exam's key. All or nothing per question: single choice the exact option, multiple
 * choice the exact set, numeric within the question's tolerance, short text ignoring case and extra spaces.
 */
@Component
class Grader {

    // Without a tolerance a numeric answer must match, up to floating-point noise.
    private static final double EXACT = 1e-9;

    private final JsonMapper json;

    Grader(JsonMapper json) {
        this.json = json;
    }

    /** {@code answers} maps question ids to the candidate's saved values; unanswered questions score nothing. */
    public Score grade(AnswerKey key, Map<Long, JsonNode> answers) {
        double points = 0;
        double max = 0;
        for (var entry : key.entries().entrySet()) {
            AnswerKey.Entry question = entry.getValue();
            max += question.points();
            JsonNode answer = answers.get(entry.getKey());
            if (answer != null && correct(question, json.readTree(question.answer()), answer)) {
                points += question.points();
            }
        }
        return new Score(points, max);
    }

    private boolean correct(AnswerKey.Entry question, JsonNode key, JsonNode answer) {
        return switch (question.kind()) {
            case SINGLE_CHOICE -> answer.isIntegralNumber() && key.isIntegralNumber() && answer.asLong() == key.asLong();
            case MULTIPLE_CHOICE -> answer.isArray() && key.isArray() && options(answer).equals(options(key));
            case NUMERIC -> answer.isNumber() && key.isNumber() && Math.abs(answer.doubleValue() - key.doubleValue())
                    <= (question.tolerance() == null ? EXACT : question.tolerance());
            case SHORT_TEXT -> answer.isString() && key.isString()
                    && normalized(answer.stringValue()).equals(normalized(key.stringValue()));
        };
    }

    private static Set<Long> options(JsonNode list) {
        Set<Long> options = new HashSet<>();
        list.forEach(option -> options.add(option.asLong()));
        return options;
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
