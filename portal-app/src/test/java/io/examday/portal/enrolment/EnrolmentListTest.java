package io.examday.portal.enrolment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bulk enrolment's CSV is read as every upload is: quoted fields, blank lines, the lines they start on. */
class EnrolmentListTest {

    @Test
    void aQuotedUsernameMayHoldACommaAndEachCandidateKeepsItsLine() {
        var list = EnrolmentList.fromCsv("username,extraTimeSeconds\n\"smith, jr\",600\n\nalice\n");

        assertThat(list.errors()).isEmpty();
        assertThat(list.lines()).containsExactly(new EnrolmentLine(2, "smith, jr", 600),
                new EnrolmentLine(4, "alice", null));
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineItOpensAndNobodyIsEnrolled() {
        var list = EnrolmentList.fromCsv("alice\n\"bob,60\n");

        assertThat(list.lines()).isEmpty();
        assertThat(list.errors()).containsExactly(new EnrolmentError(2, "line", "a quoted field is not closed"));
    }
}
