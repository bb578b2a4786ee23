package io.examday.harness.endpoint;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An answer a candidate is working on: the question, the revision the portal will store it under, and the value as
 * the JSON the API takes for its kind (option index, list of indexes, number, or text).
 */
public record Draft(long questionId, int revision, String valueJson) {

    /** A first answer to a question from a page, or a changed one when the page shows it answered already. */
    public static Draft forQuestion(Map<String, Object> question, SplittableRandom random) {
        long id = ((Number) question.get("questionId")).longValue();
        int revision = question.get("answer") instanceof Map<?, ?> answer ? ((Number) answer.get("revision")).intValue() + 1 : 1;
        int options = question.get("options") instanceof List<?> list ? list.size() : 0;
        return new Draft(id, revision, value(String.valueOf(question.get("kind")), options, revision, random));
    }

    /** The body of {@code PUT /api/attempts/{attemptId}/answers/{questionId}}. */
    public String body() {
        return "{\"revision\":" + revision + ",\"value\":" + valueJson + "}";
    }

    /** A value valid for the kind, drawn by the candidate. */
    private static String value(String kind, int options, int revision, SplittableRandom random) {
        int pick = random.nextInt(1000) + revision;
        return switch (kind) {
            case "SINGLE_CHOICE" -> String.valueOf(pick % Math.max(1, options));
            case "MULTIPLE_CHOICE" -> options < 2
                    ? "[0]"
                    : "[" + Math.min(pick % options, (pick + 1) % options) + "," + Math.max(pick % options, (pick + 1) % options) + "]";
            case "NUMERIC" -> String.valueOf(pick);
            default -> "\"answer " + pick + " from the load test\"";
        };
    }
}
