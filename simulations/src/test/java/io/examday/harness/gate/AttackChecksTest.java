package io.examday.harness.gate;

import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.AttackOutcome;
import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong-code guessing beside the candidates: throttled, none admitted, nothing else answered, and really sent. */
class AttackChecksTest {

    @TempDir
    Path reports;

    @Test
    void aThrottledAttackPassesEveryAttackCheck() throws IOException {
        Verdict verdict = judge(new RunFixture().attack(attack(6_000, 5_900, 1_140, 0, 0, Map.of("203.0.113.1", 57L, "203.0.113.2", 56L))));

        assertThat(check(verdict, "attack.delivered").status()).isEqualTo(Status.PASS);
        Check throttled = check(verdict, "attack.checked-per-address");
        assertThat(throttled.status()).isEqualTo(Status.PASS);
        assertThat(throttled.measuredValue()).isEqualTo(57);
        assertThat(throttled.note()).contains("203.0.113.1");
        assertThat(check(verdict, "attack.admitted").status()).isEqualTo(Status.PASS);
        assertThat(check(verdict, "attack.other-answers").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aPortalThatNeverThrottlesFailsOnTheChecksPerAddress() throws IOException {
        // Every guess checked: 300 from each of 20 addresses.
        Verdict verdict = judge(new RunFixture().attack(attack(6_000, 6_000, 6_000, 0, 0, Map.of("203.0.113.7", 300L))));

        Check throttled = check(verdict, "attack.checked-per-address");
        assertThat(throttled.status()).isEqualTo(Status.FAIL);
        assertThat(throttled.measuredValue()).isEqualTo(300);
        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aGuessedCodeThatSignsInFails() throws IOException {
        Verdict verdict = judge(new RunFixture().attack(attack(6_000, 5_950, 1_000, 1, 0, Map.of("203.0.113.3", 50L))));

        assertThat(check(verdict, "attack.admitted").status()).isEqualTo(Status.FAIL);
        assertThat(check(verdict, "attack.checked-per-address").status()).isEqualTo(Status.PASS);
    }

    @Test
    void anAttackTooShortToReachTheLimitCannotPassTheThrottleCheck() throws IOException {
        // 20 addresses, 60 guesses each, every one checked: a portal that never throttles would look the same.
        Verdict verdict = judge(new RunFixture().attack(attack(1_200, 1_200, 1_200, 0, 0, Map.of("203.0.113.1", 60L))));

        Check throttled = check(verdict, "attack.checked-per-address");
        assertThat(throttled.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(throttled.note()).contains("each address sent 60 guesses on average");
        assertThat(verdict.verdict()).isNotEqualTo(Outcome.PASS);
    }

    @Test
    void guessesAnsweredOtherwiseFail() throws IOException {
        Verdict verdict = judge(new RunFixture().attack(attack(6_000, 5_950, 1_000, 0, 12, Map.of("203.0.113.3", 50L))));

        assertThat(check(verdict, "attack.other-answers").status()).isEqualTo(Status.FAIL);
        assertThat(check(verdict, "attack.other-answers").measuredValue()).isEqualTo(12);
    }

    @Test
    void anAttackSentShortOfItsPlanProvesNothing() throws IOException {
        Verdict verdict = judge(new RunFixture().attack(attack(6_000, 1_200, 1_000, 0, 0, Map.of("203.0.113.3", 50L))));

        assertThat(check(verdict, "attack.delivered").status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(verdict.verdict()).isNotEqualTo(Outcome.PASS);
    }

    @Test
    void aScenarioWithoutAnAttackShowsEveryAttackCheckAsNotApplicableNotPassed() throws IOException {
        Verdict verdict = judge(new RunFixture());

        for (String id : List.of("attack.delivered", "attack.checked-per-address", "attack.admitted", "attack.other-answers")) {
            Check none = check(verdict, id);
            assertThat(none.status()).as(id).isEqualTo(Status.NOTE);
            assertThat(none.measured()).as(id).isEqualTo("no attack");
            assertThat(none.note()).as(id).isEqualTo("not applicable: the scenario plans no attack");
        }
        assertThat(verdict.verdict()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aPlannedAttackWhoseAnswersAreMissingIsUnmeasuredNotPassed() throws IOException {
        Verdict verdict = judge(new RunFixture().attackPlanned(6_000));

        for (String id : List.of("attack.delivered", "attack.checked-per-address", "attack.admitted", "attack.other-answers")) {
            assertThat(check(verdict, id).status()).as(id).isEqualTo(Status.INCONCLUSIVE);
            assertThat(check(verdict, id).note()).as(id).contains("client/attack.json is missing");
        }
        assertThat(verdict.verdict()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void theCandidatesAreJudgedAsUsualBesideAThrottledAttack() throws IOException {
        Verdict without = judgeIn(reports.resolve("without"), new RunFixture());
        Verdict with = judgeIn(reports.resolve("with"), new RunFixture().attack(attack(6_000, 5_900, 1_140, 0, 0, Map.of("203.0.113.1", 57L))));

        assertThat(with.verdict()).isEqualTo(Outcome.PASS);
        assertThat(with.figures().requests()).isEqualTo(without.figures().requests());
        assertThat(check(with, "errors.failed-requests").measured()).isEqualTo(check(without, "errors.failed-requests").measured());
    }

    private static AttackOutcome attack(long planned, long sent, long checked, long admitted, long other,
                                        Map<String, Long> checkedByAddress) {
        return new AttackOutcome(20, planned, sent, checked, sent - checked - admitted - other, admitted, other, checkedByAddress,
                List.of());
    }

    private Verdict judge(RunFixture fixture) throws IOException {
        return judgeIn(reports, fixture);
    }

    private static Verdict judgeIn(Path folder, RunFixture fixture) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        return TestGate.judge(folder, fixture.writeIn(folder), TestThresholds.load(folder));
    }
}
