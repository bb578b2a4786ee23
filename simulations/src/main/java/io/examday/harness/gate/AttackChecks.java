package io.examday.harness.gate;

import io.examday.harness.run.AttackOutcome;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.AttackLimits;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code attack.*}: a scenario's wrong-code guesses against the cohort's own accounts, from addresses of their own.
 * The portal must refuse them unchecked once an address passed its limit, admit none and answer nothing else, while
 * every other check judges the candidates as usual. An attack that was not delivered proves nothing. Every check is
 * listed for every run: not applicable where the scenario plans no attack, unmeasured where it planned one and its
 * answers are missing, so neither reads as a pass.
 */
final class AttackChecks {

    static final String DELIVERED = "attack.delivered";
    static final String THROTTLED = "attack.checked-per-address";
    static final String ADMITTED = "attack.admitted";
    static final String OTHER = "attack.other-answers";
    private static final String DELIVERED_NAME = "Wrong-code guesses sent";
    private static final String THROTTLED_NAME = "Wrong-code guessing throttled";
    private static final String ADMITTED_NAME = "No guessed code admitted";
    private static final String OTHER_NAME = "Guesses answered 401 or 429 only";
    private static final String FILE = "client/" + AttackOutcome.FILE;

    private AttackChecks() {}

    static List<Check> checks(Run run, AttackLimits limits) {
        boolean planned = run.description().expected().plansAttack();
        if (!Files.exists(AttackOutcome.in(run.dir()))) {
            return planned ? unmeasured(limits, FILE + " is missing: the attack's answers were never written")
                    : notApplicable(limits);
        }
        Optional<AttackOutcome> read = AttackOutcome.read(run.dir());
        if (read.isEmpty()) {
            return unmeasured(limits, FILE + " is unreadable");
        }
        AttackOutcome attack = read.get();
        double delivered = attack.planned() == 0 ? 0 : (double) attack.sent() / attack.planned();
        return List.of(
                Check.judged(DELIVERED, DELIVERED_NAME, Role.DELIVERY, null, Compare.AT_LEAST, Unit.SHARE,
                        limits.deliveredAtLeast().fraction(), delivered,
                        String.format(Locale.ROOT, "%,d of %,d planned, from %d addresses", attack.sent(), attack.planned(),
                                attack.addresses())),
                throttled(attack, limits),
                Check.judged(ADMITTED, ADMITTED_NAME, Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT, 0,
                        attack.admitted(), attack.admitted() == 0 ? null : "a wrong code signed in: the sign-in check is broken"),
                Check.judged(OTHER, OTHER_NAME, Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT, 0,
                        attack.other(), attack.other() == 0 ? null : "answered otherwise (a 5xx, a broken connection)"));
    }

    /**
     * An address that sent no more guesses than may be checked never had to be refused: such an attack passes a
     * portal that never throttles, so it is unmeasured rather than passed.
     */
    private static Check throttled(AttackOutcome attack, AttackLimits limits) {
        long perAddress = attack.addresses() == 0 ? 0 : attack.sent() / attack.addresses();
        if (perAddress <= limits.checkedPerAddressAtMost()) {
            return Check.unmeasured(THROTTLED, THROTTLED_NAME, Role.THRESHOLD, null, throttledTarget(limits), String.format(
                    Locale.ROOT, "each address sent %,d guesses on average, no more than may be checked: too few to show a throttle",
                    perAddress));
        }
        var most = attack.mostChecked();
        return Check.judged(THROTTLED, THROTTLED_NAME, Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT,
                        limits.checkedPerAddressAtMost(), most.getValue(),
                        String.format(Locale.ROOT, "most checked from one address: %s; of all guesses %,d checked (401), %,d refused unchecked (429)",
                                most.getKey(), attack.checked(), attack.throttled()))
                .withTarget(throttledTarget(limits));
    }

    private static List<Check> notApplicable(AttackLimits limits) {
        String why = "not applicable: the scenario plans no attack";
        return List.of(
                Check.note(DELIVERED, DELIVERED_NAME, null, deliveredTarget(limits), "no attack", why),
                Check.note(THROTTLED, THROTTLED_NAME, null, throttledTarget(limits), "no attack", why),
                Check.note(ADMITTED, ADMITTED_NAME, null, "none", "no attack", why),
                Check.note(OTHER, OTHER_NAME, null, "none", "no attack", why));
    }

    /** A planned attack whose answers cannot be read is unmeasured on every check, never passed. */
    private static List<Check> unmeasured(AttackLimits limits, String why) {
        return List.of(
                Check.unmeasured(DELIVERED, DELIVERED_NAME, Role.DELIVERY, null, deliveredTarget(limits), why),
                Check.unmeasured(THROTTLED, THROTTLED_NAME, Role.THRESHOLD, null, throttledTarget(limits), why),
                Check.unmeasured(ADMITTED, ADMITTED_NAME, Role.THRESHOLD, null, "none", why),
                Check.unmeasured(OTHER, OTHER_NAME, Role.THRESHOLD, null, "none", why));
    }

    private static String deliveredTarget(AttackLimits limits) {
        return "at least " + Unit.SHARE.format(limits.deliveredAtLeast().fraction()) + " of the planned guesses";
    }

    private static String throttledTarget(AttackLimits limits) {
        return "at most " + limits.checkedPerAddressAtMost() + " guesses checked per address";
    }
}
