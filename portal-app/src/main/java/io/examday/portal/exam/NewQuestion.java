package io.examday.portal.exam;

import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * A question ready to store: checked, with its key as JSON text in the shape of a candidate's answer value
 * (option index, sorted list of indexes, number, or text) so grading compares like with like.
 */
public record NewQuestion(QuestionKind kind, String prompt, List<String> options, String answerKey, Double tolerance,
                          int points) {

    public NewQuestion {
        options = List.copyOf(options);
    }

    public static NewQuestion singleChoice(String prompt, List<String> options, int answer, int points) {
        return new NewQuestion(QuestionKind.SINGLE_CHOICE, prompt, options, Integer.toString(answer), null, points);
    }

    public static NewQuestion multipleChoice(String prompt, List<String> options, Collection<Integer> answer, int points) {
        return new NewQuestion(QuestionKind.MULTIPLE_CHOICE, prompt, options,
                JsonMapper.shared().writeValueAsString(answer.stream().distinct().sorted().toList()), null, points);
    }

    public static NewQuestion numeric(String prompt, BigDecimal answer, Double tolerance, int points) {
        return new NewQuestion(QuestionKind.NUMERIC, prompt, List.of(), answer.toString(), tolerance, points);
    }

    public static NewQuestion shortText(String prompt, String answer, int points) {
        return new NewQuestion(QuestionKind.SHORT_TEXT, prompt, List.of(),
                JsonMapper.shared().writeValueAsString(answer.trim()), null, points);
    }

    String optionsJson() {
        return JsonMapper.shared().writeValueAsString(options);
    }
}
