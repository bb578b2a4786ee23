package io.examday.harness.gate;

import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stopped sweeper, grader or job worker fails no request; these checks see each of them. */
class AfterTheExamChecksTest {

    @TempDir
    Path reports;

    @Test
    void aSettledExamPassesAllFive() throws IOException {
        Verdict verdict = judge(new RunFixture());

        assertThat(check(verdict, "after-exam.closed").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "after-exam.closed").note()).isEqualTo("1,000 attempts stored, all closed");
        assertThat(check(verdict, "after-exam.graded").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "after-exam.jobs").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "after-exam.jobs").note()).isEqualTo("0 waiting, counted 4 s after the load's end");
        assertThat(check(verdict, "after-exam.jobs-failed").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "after-exam.jobs-done").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "after-exam.jobs-done").measuredValue()).isEqualTo(42_000);
    }

    @Test
    void aJobThePortalGaveUpOnFailsThoughNoneIsWaiting() throws IOException {
        Verdict verdict = judge(new RunFixture().jobsFailed(3));

        Check failed = check(verdict, "after-exam.jobs-failed");
        assertThat(failed.status()).isEqualTo(Status.FAIL);
        assertThat(failed.measuredValue()).isEqualTo(3);
        assertThat(check(verdict, "after-exam.jobs").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aLastJobDoneLaterThanTheLimitAfterTheLastSubmitFails() throws IOException {
        Check done = check(judge(new RunFixture().lastJobDoneAfterLastSubmit(181_000L)), "after-exam.jobs-done");

        assertThat(done.status()).isEqualTo(Status.FAIL);
        assertThat(done.measuredValue()).isEqualTo(181_000);
        assertThat(done.target()).isEqualTo("every job done within 180 s of the last submit");
    }

    @Test
    void jobsStillWaitingFailTheDoneCheckToo() throws IOException {
        Check done = check(judge(new RunFixture().jobsWaiting(5)), "after-exam.jobs-done");

        assertThat(done.status()).isEqualTo(Status.FAIL);
        assertThat(done.measured()).isEqualTo("5 still waiting");
    }

    @Test
    void aPortalThatDoesNotCountOrTimeItsJobsIsNotMeasuredRatherThanPassed() throws IOException {
        Verdict verdict = judge(new RunFixture().lastJobDoneAfterLastSubmit(null));

        assertThat(check(verdict, "after-exam.jobs-failed").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(check(verdict, "after-exam.jobs-done").status()).isEqualTo(Status.INCONCLUSIVE);
    }

    @Test
    void attemptsTheSweeperLeftOpenFailNamedById() throws IOException {
        Check closed = check(judge(new RunFixture().lostSubmit(1_005).lostSubmit(1_007)), "after-exam.closed");

        assertThat(closed.status()).isEqualTo(Status.FAIL);
        assertThat(closed.measuredValue()).isEqualTo(2);
        assertThat(closed.note()).contains("2 of 1,000 attempts: attempt 1005 still in progress; attempt 1007 still in progress");
    }

    @Test
    void attemptsLeftOpenByARunStoppedBeforeTheDeadlinesAreCountedNotJudged() throws IOException {
        Check closed = check(judge(new RunFixture().lostSubmit(1_005).stoppedEarly(192)), "after-exam.closed");

        assertThat(closed.status()).isEqualTo(Status.NOTE);
        assertThat(closed.measured()).isEqualTo("1 in progress");
        assertThat(closed.note()).contains("the load was stopped at +3:12").contains("1 of 1,000 attempts still open");
    }

    @Test
    void closedAttemptsWithoutAResultFailOnGrading() throws IOException {
        Verdict verdict = judge(new RunFixture().ungraded(40));

        Check graded = check(verdict, "after-exam.graded");
        assertThat(graded.status()).isEqualTo(Status.FAIL);
        assertThat(graded.measuredValue()).isEqualTo(40);
        assertThat(graded.note()).contains("1,000 closed attempts, 960 results");
        assertThat(check(verdict, "after-exam.closed").status()).isEqualTo(Status.PASS);
    }

    @Test
    void jobsStillWaitingAfterTheExamFail() throws IOException {
        Check jobs = check(judge(new RunFixture().jobsWaiting(412)), "after-exam.jobs");

        assertThat(jobs.status()).isEqualTo(Status.FAIL);
        assertThat(jobs.measuredValue()).isEqualTo(412);
        assertThat(jobs.target()).isEqualTo("no job waiting within 180 s of the load's end");
    }

    @Test
    void aRunAuditedBeforeTheWaitExistedIsReportedNotJudgedOnItsQueue() throws IOException {
        Check jobs = check(judge(new RunFixture().auditedAtTheLoadsEnd().jobsWaiting(3)), "after-exam.jobs");

        assertThat(jobs.status()).isEqualTo(Status.NOTE);
        assertThat(jobs.measured()).isEqualTo("3 waiting");
    }

    @Test
    void aRunWithoutTheExportOrTheAuditIsNotMeasuredRatherThanPassed() throws IOException {
        Verdict verdict = judge(new RunFixture().noStoredExport());

        assertThat(check(verdict, "after-exam.closed").status()).isEqualTo(Status.INCONCLUSIVE);
    }

    private Verdict judge(RunFixture fixture) throws IOException {
        return TestGate.judge(reports, fixture.writeIn(reports), TestThresholds.load(reports));
    }
}
