package io.examday.portal.exam;

import io.examday.portal.web.StorableText;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks one question field by field, collecting every error, so an author fixes a file in one pass. */
final class QuestionCheck {

    static final int MAX_PROMPT = 5000;
    static final int MAX_OPTIONS = 20;
    static final int MAX_OPTION = 500;
    static final int MAX_TEXT_ANSWER = 2000;
    static final int MAX_POINTS = 100;

    private final NumberedQuestion question;
    private final List<ImportError> errors;

    private QuestionCheck(NumberedQuestion question, List<ImportError> errors) {
        this.question = question;
        this.errors = errors;
    }

    /** The question when it is valid; otherwise empty, with its errors added to {@code errors}. */
    static Optional<NewQuestion> check(NumberedQuestion question, List<ImportError> errors) {
        return new QuestionCheck(question, errors).run();
    }

    private Optional<NewQuestion> run() {
        JsonNode q = question.fields();
        if (q == null || !q.isObject()) {
            error("question", "must be an object with kind, prompt, options, answer and points");
            return Optional.empty();
        }
        int before = errors.size();
        QuestionKind kind = kind(q.get("kind"));
        String prompt = prompt(q.get("prompt"));
        List<String> options = options(kind, q.get("options"));
        int points = points(q.get("points"));
        Double tolerance = tolerance(kind, q.get("tolerance"));
        NewQuestion built = kind == null ? null : answer(kind, q.get("answer"), prompt, options, tolerance, points);
        return errors.size() == before ? Optional.ofNullable(built) : Optional.empty();
    }

    private QuestionKind kind(JsonNode node) {
        if (present(node) && node.isString()) {
            try {
                return QuestionKind.valueOf(node.stringValue().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // reported below
            }
        }
        error("kind", "must be one of " + Arrays.toString(QuestionKind.values()));
        return null;
    }

    private String prompt(JsonNode node) {
        if (!present(node) || !node.isString() || node.stringValue().isBlank()) {
            error("prompt", "is required text");
            return null;
        }
        if (node.stringValue().length() > MAX_PROMPT) {
            error("prompt", "is longer than " + MAX_PROMPT + " characters");
        }
        if (!StorableText.holds(node.stringValue())) {
            error("prompt", StorableText.RULE);
        }
        return node.stringValue().trim();
    }

    private List<String> options(QuestionKind kind, JsonNode node) {
        boolean choice = kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
        boolean empty = !present(node) || (node.isArray() && node.isEmpty());
        if (!choice) {
            if (kind != null && !empty) {
                error("options", "must be empty for a " + kind + " question");
            }
            return List.of();
        }
        if (empty || !node.isArray() || node.size() < 2 || node.size() > MAX_OPTIONS) {
            error("options", "must list 2 to " + MAX_OPTIONS + " options");
            return null;
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode option = node.get(i);
            if (!option.isString() || option.stringValue().isBlank() || option.stringValue().length() > MAX_OPTION) {
                error("options", "option " + (i + 1) + " must be text of 1 to " + MAX_OPTION + " characters");
                return null;
            }
            if (!StorableText.holds(option.stringValue())) {
                error("options", "option " + (i + 1) + " " + StorableText.RULE);
                return null;
            }
            options.add(option.stringValue().trim());
        }
        return options;
    }

    private int points(JsonNode node) {
        if (!present(node)) {
            return 1;
        }
        if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > MAX_POINTS) {
            error("points", "must be a whole number from 1 to " + MAX_POINTS);
            return 1;
        }
        return node.asInt();
    }

    private Double tolerance(QuestionKind kind, JsonNode node) {
        if (!present(node)) {
            return null;
        }
        if (kind != QuestionKind.NUMERIC) {
            error("tolerance", "is only for NUMERIC questions");
            return null;
        }
        if (!node.isNumber() || node.asDouble() < 0 || !Double.isFinite(node.asDouble())) {
            error("tolerance", "must be a number of 0 or more");
            return null;
        }
        return node.asDouble();
    }

    private NewQuestion answer(QuestionKind kind, JsonNode node, String prompt, List<String> options,
                               Double tolerance, int points) {
        if (!present(node)) {
            error("answer", "is required");
            return null;
        }
        return switch (kind) {
            case SINGLE_CHOICE -> {
                Integer index = optionIndex(node, options, "must be the 0-based index of the correct option");
                yield index == null || options == null ? null : NewQuestion.singleChoice(prompt, options, index, points);
            }
            case MULTIPLE_CHOICE -> {
                Set<Integer> indexes = optionIndexes(node, options);
                yield indexes == null || options == null ? null
                        : NewQuestion.multipleChoice(prompt, options, indexes, points);
            }
            case NUMERIC -> {
                if (!node.isNumber()) {
                    error("answer", "must be a number");
                    yield null;
                }
                yield NewQuestion.numeric(prompt, node.decimalValue(), tolerance, points);
            }
            case SHORT_TEXT -> {
                if (!node.isString() || node.stringValue().isBlank() || node.stringValue().length() > MAX_TEXT_ANSWER) {
                    error("answer", "must be text of 1 to " + MAX_TEXT_ANSWER + " characters");
                    yield null;
                }
                if (!StorableText.holds(node.stringValue())) {
                    error("answer", StorableText.RULE);
                    yield null;
                }
                yield NewQuestion.shortText(prompt, node.stringValue(), points);
            }
        };
    }

    private Integer optionIndex(JsonNode node, List<String> options, String typeMessage) {
        if (!node.isIntegralNumber()) {
            error("answer", typeMessage);
            return null;
        }
        long index = node.asLong();
        if (options != null && (index < 0 || index >= options.size())) {
            error("answer", "option " + index + " does not exist: there are " + options.size()
                    + " options, numbered from 0");
            return null;
        }
        return (int) index;
    }

    private Set<Integer> optionIndexes(JsonNode node, List<String> options) {
        if (!node.isArray() || node.isEmpty()) {
            error("answer", "must list the 0-based indexes of the correct options");
            return null;
        }
        Set<Integer> indexes = new LinkedHashSet<>();
        for (JsonNode each : node) {
            Integer index = optionIndex(each, options, "must list option indexes (whole numbers)");
            if (index == null) {
                return null;
            }
            if (!indexes.add(index)) {
                error("answer", "lists option " + index + " twice");
                return null;
            }
        }
        return indexes;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private void error(String field, String message) {
        errors.add(new ImportError(question.line(), question.item(), field, message));
    }
}
