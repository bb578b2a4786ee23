package io.examday.harness.report;

import io.examday.harness.run.AttackOutcome;
import io.examday.harness.run.Run;
import java.util.List;
import java.util.Optional;

/**
 * The report's account of a scenario's attack: its guesses by answer, beside the candidates' own sign-ins over the
 * same run, which the guesses are not among. Absent for a run whose scenario planned no attack.
 *
 * @param outcome  the attackers' counted answers; empty when a planned attack left none
 * @param signIns  the candidates' {@code POST /api/session} row, when they signed in
 */
record AttackTable(Optional<AttackOutcome> outcome, Optional<EndpointRow> signIns) {

    static final String CANDIDATE_SIGN_IN = "POST /api/session";

    static Optional<AttackTable> of(Run run, List<EndpointRow> endpoints) {
        Optional<AttackOutcome> outcome = AttackOutcome.read(run.dir());
        if (outcome.isEmpty() && !run.description().expected().plansAttack()) {
            return Optional.empty();
        }
        return Optional.of(new AttackTable(outcome,
                endpoints.stream().filter(r -> r.name().equals(CANDIDATE_SIGN_IN)).findFirst()));
    }
}
