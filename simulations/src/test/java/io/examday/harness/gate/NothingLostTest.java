package io.examday.harness.gate;

import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's "nothing lost" checks on recorded run folders: what was acknowledged, merged id by id with what was stored. */
class NothingLostTest {


    @TempDir
    Path reports;

    @Test
    void aRunThatStoredEverythingAcknowledgedPassesAllThree() throws IOException {
        Verdict verdict = judge(new RunFixture());

        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
        assertThat(check(verdict, "nothing-lost.starts")).satisfies(c -> {
            assertThat(c.status()).isEqualTo(Status.PASS);
            assertThat(c.measuredValue()).isEqualTo(1000);
        });
        assertThat(check(verdict, "nothing-lost.answers").measuredValue()).isEqualTo(5000);
        assertThat(check(verdict, "nothing-lost.submits").measuredValue()).isEqualTo(990);
        assertThat(check(verdict, "nothing-lost.answers").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "nothing-lost.submits").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aLaterRevisionAcknowledgedButStoredOlderFailsAnswersNamingTheAttemptAndQuestion() throws IOException {
        Verdict verdict = judge(new RunFixture().lostRevision(1001, 2).lostRevision(1500, 4));

        Check answers = check(verdict, "nothing-lost.answers");
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
        assertThat(answers.status()).isEqualTo(Status.FAIL);
        assertThat(answers.measuredValue()).isEqualTo(4998);
        assertThat(answers.note()).contains("2 lost: attempt 1001 question 2: acknowledged revision 3, stored 2; "
                + "attempt 1500 question 4: acknowledged revision 2, stored 1");
        assertThat(check(verdict, "nothing-lost.starts").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "nothing-lost.submits").status()).isEqualTo(Status.PASS);
    }

    @Test
    void answersNeverStoredFailAnswersAndOnlyTheFirstFiveAreListed() throws IOException {
        Check answers = check(judge(new RunFixture().lostAnswers(12)), "nothing-lost.answers");

        assertThat(answers.status()).isEqualTo(Status.FAIL);
        assertThat(answers.note()).contains("12 lost (first 5 by id): attempt 1001 question 1: acknowledged revision 2, stored none")
                .contains("attempt 1001 question 5: acknowledged revision 3, stored none")
                .doesNotContain("attempt 1002");
    }

    @Test
    void aSubmitAcknowledgedButStillInProgressFailsSubmits() throws IOException {
        Verdict verdict = judge(new RunFixture().lostSubmit(1234));

        Check submits = check(verdict, "nothing-lost.submits");
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
        assertThat(submits.status()).isEqualTo(Status.FAIL);
        assertThat(submits.measuredValue()).isEqualTo(989);
        assertThat(submits.note()).contains("1 lost: attempt 1234: submit acknowledged, stored IN_PROGRESS");
        assertThat(check(verdict, "nothing-lost.answers").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aStartedAttemptMissingFromTheDatabaseFailsStarts() throws IOException {
        Verdict verdict = judge(new RunFixture().lostStart(1995));

        Check starts = check(verdict, "nothing-lost.starts");
        assertThat(starts.status()).isEqualTo(Status.FAIL);
        assertThat(starts.note()).contains("1 lost: attempt 1995: start acknowledged, no attempt stored");
        // Attempt 1995 was never submitted (only 1001–1990 were), so its loss is a lost start, not a lost submit.
        assertThat(check(verdict, "nothing-lost.submits").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "nothing-lost.answers").note()).contains("attempt 1995 question 1: acknowledged revision 2, stored none");
    }

    @Test
    void withoutThePortalsExportNothingLostIsUnmeasured() throws IOException {
        Verdict verdict = judge(new RunFixture().noStoredExport());

        for (String id : new String[]{"nothing-lost.starts", "nothing-lost.answers", "nothing-lost.submits"}) {
            assertThat(check(verdict, id).status()).as(id).isEqualTo(Status.INCONCLUSIVE);
            assertThat(check(verdict, id).note()).as(id).contains("missing server/stored-");
        }
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void anExportOutOfIdOrderIsUnmeasuredNotMisjudged() throws IOException {
        Path dir = new RunFixture().writeIn(reports);
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(dir.resolve("server/stored-answers.csv.gz"))),
                StandardCharsets.UTF_8)) {
            out.write("attemptId,questionId,revision\n1001,2,3\n1001,1,2\n");
        }

        Check answers = check(judge(dir), "nothing-lost.answers");

        assertThat(answers.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(answers.note()).contains("stored-answers.csv.gz:3: rows are not in ascending id order");
    }

    private Verdict judge(RunFixture fixture) throws IOException {
        return judge(fixture.writeIn(reports));
    }

    private Verdict judge(Path dir) throws IOException {
        return TestGate.judge(reports, dir, TestThresholds.load(reports));
    }

}
