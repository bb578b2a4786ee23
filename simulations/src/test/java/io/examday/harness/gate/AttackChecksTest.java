package io.examday.harness.gate;

import static io.examday.harness.gate.TestGate.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.AttackOutcome;
import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Path;
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
    void aScenarioWithoutAnAttackIsSaidNotPassed() throws IOException {
        Check none = check(judge(new RunFixture()), "attack.checked-per-address");

        assertThat(none.status()).isEqualTo(Status.NOTE);
        assertThat(none.note()).isEqualTo("the scenario plans no attack");
    }

    private static AttackOutcome attack(long planned, long sent, long checked, long admitted, long other,
                                        Map<String, Long> checkedByAddress) {
        return new AttackOutcome(20, planned, sent, checked, sent - checked - admitted - other, admitted, other, checkedByAddress);
    }

    private Verdict judge(RunFixture fixture) throws IOException {
        return TestGate.judge(reports, fixture.writeIn(reports), TestThresholds.load(reports));
    }
}
