package io.examday.harness.journey;

import io.examday.harness.scenario.SubmitPlan;
import java.util.random.RandomGenerator;

/** How a candidate will finish, drawn on arrival with the scenario's shares. */
enum Fate {
    /** Submits as soon as they have been through every page. */
    EARLY,
    /** Works on until the last stretch before the deadline, then saves and submits. */
    RIDER,
    /** Stops answering after a page in the second half and never submits; the portal's sweeper closes the attempt. */
    VANISH;

    static Fate draw(SubmitPlan plan, RandomGenerator random) {
        double roll = random.nextDouble();
        if (roll < plan.earlyFraction()) {
            return EARLY;
        }
        return roll < plan.earlyFraction() + plan.vanishFraction() ? VANISH : RIDER;
    }
}
