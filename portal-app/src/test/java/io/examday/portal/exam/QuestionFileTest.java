package io.examday.portal.exam;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuestionFileTest {

    @Test
    void csvRecordsKeepTheLineTheyStartOnAcrossQuotedLineBreaks() throws CsvRecords.Malformed {
        var rows = CsvRecords.read("a,\"b\r\nc\",d\r\n\r\n\"say \"\"hi\"\"\", x \ne");

        assertThat(rows).extracting(CsvRecords.Row::line).containsExactly(1, 4, 5);
        assertThat(rows.get(0).fields()).containsExactly("a", "b\r\nc", "d");
        assertThat(rows.get(1).fields()).containsExactly("say \"hi\"", "x");
    }

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
