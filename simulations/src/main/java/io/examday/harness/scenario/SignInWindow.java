package io.examday.harness.scenario;

import java.time.Duration;

/**
 * How candidates arrive: the lobby opens {@code window} before the exam does; a share {@code bunching} of the
 * punctual ones come in the window's last third; {@code lateFraction} of all arrive after the open, spread over
 * {@code lateWithin}.
 */
public record SignInWindow(Duration window, double bunching, double lateFraction, Duration lateWithin) {

    public int late(int candidates) {
        return (int) Math.round(candidates * lateFraction);
    }

    public int punctual(int candidates) {
        return candidates - late(candidates);
    }

    /** Punctual candidates arriving in the last third of the window. */
    public int bunched(int candidates) {
        return (int) Math.round(punctual(candidates) * bunching);
    }

    /** Punctual candidates arriving in the first two thirds of the window. */
    public int early(int candidates) {
        return punctual(candidates) - bunched(candidates);
    }

    public Duration firstTwoThirds() {
        return window.minus(lastThird());
    }

    public Duration lastThird() {
        return window.dividedBy(3);
    }
}
