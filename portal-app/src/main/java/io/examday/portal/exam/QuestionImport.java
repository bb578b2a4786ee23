package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An import body read and checked in full before anything is stored: every error with its line, or every question. */
final class QuestionImport {

    /** Errors listed in one answer; a file that is wrong everywhere is usually wrong in one way. */
    static final int MAX_LISTED_ERRORS = 500;

    public enum Format {
        JSON, CSV;

        /** For pasted or uploaded text of unstated format: JSON starts with a bracket or a brace. */
        public static Format sniff(String text) {
            String start = text.stripLeading();
            return start.startsWith("[") || start.startsWith("{") ? JSON : CSV;
        }

        public static Format of(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
    }

    private QuestionImport() {
    }

    static List<NewQuestion> read(String body, Format format) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        List<ImportError> errors = new ArrayList<>();
        List<NumberedQuestion> numbered = format == Format.JSON
                ? QuestionFile.json(text, errors) : QuestionFile.csv(text, errors);
        List<NewQuestion> questions = new ArrayList<>();
        for (NumberedQuestion question : numbered) {
            QuestionCheck.check(question, errors).ifPresent(questions::add);
        }
        if (errors.isEmpty() && questions.isEmpty()) {
            errors.add(new ImportError(1, null, "questions", "there are no questions"));
        }
        if (!errors.isEmpty()) {
            List<ImportError> listed = errors.stream().sorted(Comparator.comparingInt(ImportError::line))
                    .limit(MAX_LISTED_ERRORS).toList();
            throw new PortalProblem(HttpStatus.BAD_REQUEST, "invalid-questions",
                    errors.size() + (errors.size() == 1 ? " error" : " errors") + "; nothing was imported.",
                    Map.of("errors", listed, "errorCount", errors.size()));
        }
        return questions;
    }
}
