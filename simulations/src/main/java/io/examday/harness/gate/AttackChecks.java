package io.examday.harness.gate;

import io.examday.harness.run.AttackOutcome;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.AttackLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code attack.*}: a scenario's wrong-code guesses against the cohort's own accounts, from addresses of their own.
 * The portal must refuse them unchecked once an address passed its limit, admit none and answer nothing else, while
 * every other check judges the candidates as usual. An attack that was not delivered proves nothing.
 */
final class AttackChecks {

    static final String DELIVERED = "attack.delivered";
    static final String THROTTLED = "attack.checked-per-address";
    static final String ADMITTED = "attack.admitted";
    static final String OTHER = "attack.other-answers";
    private static final String FILE = "client/" + AttackOutcome.FILE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AttackChecks() {}

    static List<Check> checks(Run run, AttackLimits limits) {
        Path file = run.dir().resolve(FILE);
        if (!Files.exists(file)) {
            return List.of(Check.note(THROTTLED, "Wrong-code guessing throttled", null, "no attack in this scenario",
                    "none", "the scenario plans no attack"));
        }
        AttackOutcome attack;
        try {
            attack = JSON.readValue(file.toFile(), AttackOutcome.class);
        } catch (RuntimeException e) {
            return List.of(Check.unmeasured(THROTTLED, "Wrong-code guessing throttled", Role.THRESHOLD, null,
                    "an attack's answers", FILE + " is unreadable: " + e.getMessage()));
        }
        double delivered = attack.planned() == 0 ? 0 : (double) attack.sent() / attack.planned();
        var most = attack.mostChecked();
        return List.of(
                Check.judged(DELIVERED, "Wrong-code guesses sent", Role.DELIVERY, null, Compare.AT_LEAST, Unit.SHARE,
                        limits.deliveredAtLeast().fraction(), delivered,
                        String.format(Locale.ROOT, "%,d of %,d planned, from %d addresses", attack.sent(), attack.planned(),
                                attack.addresses())),
                Check.judged(THROTTLED, "Wrong-code guessing throttled", Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT,
                        limits.checkedPerAddressAtMost(), most.getValue(),
                        String.format(Locale.ROOT, "most checked from one address: %s; of all guesses %,d checked (401), %,d refused unchecked (429)",
                                most.getKey(), attack.checked(), attack.throttled()))
                        .withTarget("at most " + limits.checkedPerAddressAtMost() + " guesses checked per address"),
                Check.judged(ADMITTED, "No guessed code admitted", Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT, 0,
                        attack.admitted(), attack.admitted() == 0 ? null : "a wrong code signed in: the sign-in check is broken"),
                Check.judged(OTHER, "Guesses answered 401 or 429 only", Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT, 0,
                        attack.other(), attack.other() == 0 ? null : "answered otherwise (a 5xx, a broken connection)"));
    }
}
