package io.examday.harness.scenario;

import java.time.Duration;

/**
 * How candidates finish: {@code earlyFraction} submit as soon as they have been through every page,
 * {@code vanishFraction} stop answering in the second half of the exam and never submit (the portal's sweeper
 * auto-submits them), and the rest ride the deadline, submitting within its last {@code deadlineWindow}.
 */
public record SubmitPlan(double earlyFraction, double vanishFraction, Duration deadlineWindow) {

    /** Riders send their last request this long before their deadline: the page shows whole seconds. */
    public static final Duration LAST_SECOND = Duration.ofSeconds(1);

    public double riderFraction() {
        return Math.max(0, 1 - earlyFraction - vanishFraction);
    }
}
