package io.examday.harness.gate;

import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import io.examday.harness.threshold.ThresholdFile;
import io.examday.harness.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chaos run judged on its faults: the fixture's failed requests all land in second 10, so a fault window holding
 * that second takes them, and one elsewhere leaves them outside.
 */
class FaultChecksTest {

    private static final long START = RunFixture.START.toEpochMilli();

    @TempDir
    Path reports;

    @Test
    void failuresInsideAFaultsWindowAreCountedForItAndNoneLieOutside() throws IOException {
        Path run = new RunFixture().failures(40).writeIn(reports);
        faults(run, fault("redis-restart", 5, 8_000), fault("portal-kill", 200, 30_000));
        signedInAgain(run, "cand-00001,1001," + (START + 9_000));

        Verdict verdict = judge(run);

        assertThat(check(verdict, "faults.failed-in-window.redis-restart").measured()).isEqualTo("40");
        assertThat(check(verdict, "faults.failed-in-window.portal-kill").measured()).isEqualTo("0");
        assertThat(check(verdict, "faults.failed-outside-windows").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "faults.recovery.redis-restart").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "faults.recovery.redis-restart").measuredValue()).isEqualTo(8_000);
        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aFailureOutsideEveryWindowFailsTheOutsideCheckAndSaysWhen() throws IOException {
        Path run = new RunFixture().failures(3).writeIn(reports);
        faults(run, fault("postgres-restart", 100, 5_000));
        signedInAgain(run, "cand-00001,1001," + (START + 101_000));

        Verdict verdict = judge(run);

        Check outside = check(verdict, "faults.failed-outside-windows");
        assertThat(outside.status()).isEqualTo(Status.FAIL);
        assertThat(outside.measuredValue()).isEqualTo(3);
        assertThat(outside.note()).contains("the first at 10 s after the first arrival");
        assertThat(check(verdict, "faults.failed-in-window.postgres-restart").measured()).isEqualTo("0");
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aRecoveryOverTheLimitFailsThatFaultsRecoveryCheck() throws IOException {
        Path run = new RunFixture().writeIn(reports);
        faults(run, fault("redis-restart", 60, 4_000), fault("portal-kill", 200, 95_000));
        signedInAgain(run, "cand-00001,1001," + (START + 61_000));

        Verdict verdict = judge(run);

        assertThat(check(verdict, "faults.recovery.redis-restart").status()).isEqualTo(Status.PASS);
        Check kill = check(verdict, "faults.recovery.portal-kill");
        assertThat(kill.status()).isEqualTo(Status.FAIL);
        assertThat(kill.measuredValue()).isEqualTo(95_000);
        assertThat(kill.target()).isEqualTo("at most 90,000 ms");
    }

    @Test
    void aFaultNeverRecoveredFromFailsAndItsWindowRunsToTheEnd() throws IOException {
        Path run = new RunFixture().failures(7).writeIn(reports);
        Files.writeString(run.resolve("server/faults.jsonl"), """
                {"kind":"portal-kill","plannedAt":%d,"injectedAt":%d,"downFrom":%d,"downTo":%d,"recoveredAt":null}
                """.formatted(START + 5_000, START + 5_000, START + 5_000, START + 6_000));
        signedInAgain(run, "cand-00001,1001," + (START + 9_000));

        Verdict verdict = judge(run);

        assertThat(check(verdict, "faults.recovery.portal-kill").status()).isEqualTo(Status.FAIL);
        assertThat(check(verdict, "faults.recovery.portal-kill").measured()).isEqualTo("never");
        assertThat(check(verdict, "faults.failed-in-window.portal-kill").measured()).isEqualTo("7");
    }

    @Test
    void aLostAnswerOfACandidateWhoSignedInAgainFailsTheirCheckAndNothingLost() throws IOException {
        Path run = new RunFixture().lostRevision(1001, 2).writeIn(reports);
        faults(run, fault("redis-restart", 60, 4_000));
        signedInAgain(run, "cand-00001,1001," + (START + 61_000), "cand-00500,1500," + (START + 62_000));

        Verdict verdict = judge(run);

        Check again = check(verdict, "faults.signed-in-again");
        assertThat(again.status()).isEqualTo(Status.FAIL);
        assertThat(again.note()).contains("attempt 1001 question 2: acknowledged revision 3, stored 2")
                .contains("2 users signed in again after a lost session, 2 of them candidates mid-attempt");
        assertThat(check(verdict, "nothing-lost.answers").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void theAnswersOfCandidatesWhoSignedInAgainAreJudgedByIdentityOnlyForTheirAttempts() throws IOException {
        Path run = new RunFixture().lostRevision(1700, 2).writeIn(reports);
        faults(run, fault("redis-restart", 60, 4_000));
        signedInAgain(run, "cand-00001,1001," + (START + 61_000), "cand-00001,1001," + (START + 90_000));

        Check again = check(judge(run), "faults.signed-in-again");

        assertThat(again.status()).isEqualTo(Status.PASS);
        assertThat(again.measuredValue()).isEqualTo(5);
        assertThat(again.note()).contains("1 users signed in again after a lost session, 1 of them candidates mid-attempt");
    }

    @Test
    void aRedisRestartAfterWhichNobodySignedInAgainIsInconclusiveOnSigningInAgain() throws IOException {
        Path run = new RunFixture().writeIn(reports);
        faults(run, fault("redis-restart", 60, 4_000));
        signedInAgain(run);

        Verdict verdict = judge(run);

        assertThat(check(verdict, "faults.signed-in-again").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void instanceRestartsThatEndNoSessionPassWithoutAnyoneSigningInAgain() throws IOException {
        Path run = new RunFixture().writeIn(reports);
        faults(run, fault("web-1-restart", 50, 14_000), fault("web-2-restart", 110, 16_000),
                fault("worker-restart", 175, 15_000));
        signedInAgain(run);

        Verdict verdict = judge(run);

        assertThat(verdict.checks()).noneMatch(c -> c.id().equals("faults.signed-in-again"));
        assertThat(check(verdict, "faults.recovery.web-2-restart").measuredValue()).isEqualTo(16_000);
        assertThat(check(verdict, "faults.failed-outside-windows").status()).isEqualTo(Status.PASS);
        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aChaosFileOnARunWithoutFaultsCannotPass() throws IOException {
        Verdict verdict = judge(new RunFixture().writeIn(reports));

        assertThat(check(verdict, "faults.failed-outside-windows").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(check(verdict, "faults.failed-outside-windows").note()).contains("no server/faults.jsonl");
    }

    @Test
    void aFileWithoutAFaultsSectionJudgesNoFaults() throws IOException {
        Verdict verdict = TestGate.judge(reports, new RunFixture().writeIn(reports), TestThresholds.load(reports));

        assertThat(verdict.checks()).noneMatch(c -> c.id().startsWith("faults."));
    }

    private Verdict judge(Path run) throws IOException {
        return TestGate.judge(reports, run, chaosThresholds());
    }

    /** The test numbers with a faults section: a 50 s margin after recovery, recovery within 90 s, none outside. */
    private Thresholds chaosThresholds() throws IOException {
        return ThresholdFile.load(Files.writeString(reports.resolve("chaos-thresholds.yaml"), TestThresholds.yaml()
                .replace("failedRequestsAtMost: 0", "failedRequestsAtMost: 1000")
                .replace("failedShareAtMost: 0%", "failedShareAtMost: 100%")
                + """
                faults:
                  windowAfterRecovery: 50s
                  recoveryWithin: 90s
                  failedOutsideWindowsAtMost: 0
                """));
    }

    /** A fault injected at that second of the fixture's run, its process back a second later, recovered after that long. */
    private static String fault(String kind, int atSecond, long recoveryMillis) {
        long at = START + atSecond * 1_000L;
        return "{\"kind\":\"%s\",\"plannedAt\":%d,\"injectedAt\":%d,\"downFrom\":%d,\"downTo\":%d,\"recoveredAt\":%d}"
                .formatted(kind, at, at, at, at + 1_000, at + recoveryMillis);
    }

    private static void faults(Path run, String... lines) throws IOException {
        Files.writeString(run.resolve("server/faults.jsonl"), String.join("\n", lines) + "\n");
    }

    private static void signedInAgain(Path run, String... rows) throws IOException {
        Files.writeString(run.resolve("client/signed-in-again.csv"), "username,attemptId,atMillis\n"
                + (rows.length == 0 ? "" : String.join("\n", rows) + "\n"));
    }
}
