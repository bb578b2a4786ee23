package io.examday.portal.exam;

import io.examday.portal.web.CsvRecords;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an import body into questions with their line numbers: JSON (a list, or {@code {"questions":[…]}}) or CSV
 * ({@code kind,prompt,options,answer,points[,tolerance]}, {@code |} between options and between the indexes of a
 * multiple-choice answer). CSV values become JSON values where they parse, so one check judges both formats.
 */
final class QuestionFile {

    static final String CSV_HEADER = "kind,prompt,options,answer,points[,tolerance]";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private QuestionFile() {
    }

    static List<NumberedQuestion> json(String text, List<ImportError> errors) {
        try (JsonParser parser = JsonMapper.shared().createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                return items(parser, errors);
            }
            if (token == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    if (parser.nextToken() == JsonToken.START_ARRAY && "questions".equals(name)) {
                        return items(parser, errors);
                    }
                    parser.skipChildren();
                }
            }
            errors.add(new ImportError(1, null, "questions", "expected a JSON list of questions"));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            errors.add(new ImportError(line, null, "json", "is not valid JSON: " + e.getOriginalMessage()));
        }
        return List.of();
    }

    static List<NumberedQuestion> csv(String text, List<ImportError> errors) {
        List<CsvRecords.Row> rows;
        try {
            rows = CsvRecords.read(text);
        } catch (CsvRecords.Malformed e) {
            errors.add(new ImportError(e.line(), null, "csv", e.getMessage()));
            return List.of();
        }
        List<NumberedQuestion> questions = new ArrayList<>();
        for (CsvRecords.Row row : rows) {
            List<String> f = row.fields();
            if (questions.isEmpty() && "kind".equalsIgnoreCase(f.getFirst())) {
                continue;
            }
            if (f.size() < 4 || f.size() > 6) {
                errors.add(new ImportError(row.line(), null, "csv",
                        "has " + f.size() + " fields; expected " + CSV_HEADER));
                continue;
            }
            questions.add(new NumberedQuestion(row.line(), null, fromCsv(f)));
        }
        return questions;
    }

    private static List<NumberedQuestion> items(JsonParser parser, List<ImportError> errors) {
        List<NumberedQuestion> questions = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            int line = parser.currentTokenLocation().getLineNr();
            if (token == null) {
                errors.add(new ImportError(line, null, "json", "the list of questions is not closed"));
                break;
            }
            JsonNode question = parser.readValueAsTree();
            questions.add(new NumberedQuestion(line, questions.size() + 1, question));
        }
        return questions;
    }

    private static ObjectNode fromCsv(List<String> f) {
        ObjectNode q = NODES.objectNode();
        String kind = f.get(0).toUpperCase(Locale.ROOT);
        q.put("kind", kind);
        q.put("prompt", f.get(1));
        ArrayNode options = q.putArray("options");
        if (!f.get(2).isEmpty()) {
            for (String option : f.get(2).split("\\|", -1)) {
                options.add(option.trim());
            }
        }
        q.set("answer", csvAnswer(kind, f.get(3)));
        if (f.size() > 4 && !f.get(4).isEmpty()) {
            q.set("points", number(f.get(4)));
        }
        if (f.size() > 5 && !f.get(5).isEmpty()) {
            q.set("tolerance", number(f.get(5)));
        }
        return q;
    }

    private static JsonNode csvAnswer(String kind, String value) {
        if (value.isEmpty()) {
            return NODES.nullNode();
        }
        return switch (kind) {
            case "SINGLE_CHOICE", "NUMERIC" -> number(value);
            case "MULTIPLE_CHOICE" -> {
                ArrayNode indexes = NODES.arrayNode();
                for (String index : value.split("\\|", -1)) {
                    indexes.add(number(index.trim()));
                }
                yield indexes;
            }
            default -> NODES.stringNode(value);
        };
    }

    /** A number node when the text is a number; the text itself otherwise, for the check to report. */
    private static JsonNode number(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            return value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    ? NODES.numberNode(value.intValueExact()) : NODES.numberNode(value);
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return NODES.stringNode(text);
        }
    }
}
