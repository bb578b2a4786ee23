package io.examday.portal.exam;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuestionFileTest {

    @Test
    void anUnclosedJsonListIsAnErrorWithALine() {
        List<ImportError> errors = new ArrayList<>();

        var questions = QuestionFile.json("[\n{\"kind\":\"SHORT_TEXT\",\"prompt\":\"p\",\"answer\":\"a\"},\n", errors);

        assertThat(questions).hasSizeLessThanOrEqualTo(1);
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().field()).isEqualTo("json");
        assertThat(errors.getFirst().line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void jsonQuestionsCarryTheirLineAndPlace() {
        List<ImportError> errors = new ArrayList<>();

        var questions = QuestionFile.json("{\"questions\": [\n {\"kind\":\"NUMERIC\"},\n\n {\"kind\":\"SHORT_TEXT\"}]}", errors);

        assertThat(errors).isEmpty();
        assertThat(questions).extracting(NumberedQuestion::line, NumberedQuestion::item)
                .containsExactly(tuple(2, 1), tuple(4, 2));
    }
}
