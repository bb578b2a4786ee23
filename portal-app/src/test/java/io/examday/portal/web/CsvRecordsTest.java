package io.examday.portal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one CSV codec every upload and download uses: read with lines, written so spreadsheets show text. */
class CsvRecordsTest {

    @Test
    void recordsKeepTheLineTheyStartOnAcrossQuotedLineBreaks() throws CsvRecords.Malformed {
        var rows = CsvRecords.read("a,\"b\r\nc\",d\r\n\r\n\"say \"\"hi\"\"\", x \ne");

        assertThat(rows).extracting(CsvRecords.Row::line).containsExactly(1, 4, 5);
        assertThat(rows.get(0).fields()).containsExactly("a", "b\r\nc", "d");
        assertThat(rows.get(1).fields()).containsExactly("say \"hi\"", "x");
    }

    @Test
    void anUnclosedQuoteIsMalformedAtTheLineItOpened() {
        assertThatThrownBy(() -> CsvRecords.read("a,b\nc,\"d\ne\n"))
                .isInstanceOf(CsvRecords.Malformed.class)
                .satisfies(e -> assertThat(((CsvRecords.Malformed) e).line()).isEqualTo(2));
    }

    @Test
    void aCellIsQuotedWhenItMustBeAndAFormulaIsDefused() {
        assertThat(CsvRecords.cell("plain")).isEqualTo("plain");
        assertThat(CsvRecords.cell("Lovelace, Ada")).isEqualTo("\"Lovelace, Ada\"");
        assertThat(CsvRecords.cell("two\nline\nbreaks")).isEqualTo("\"two\nline\nbreaks\"");
        assertThat(CsvRecords.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvRecords.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    }
}
