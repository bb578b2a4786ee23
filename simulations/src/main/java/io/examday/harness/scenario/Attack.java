package io.examday.harness.scenario;

import java.time.Duration;

/**
 * A script guessing admission codes against the cohort's own accounts while the exam runs, each guess a wrong code
 * sent to the sign-in the candidates use, from client addresses of its own (X-Forwarded-For, from TEST-NET-3,
 * 203.0.113.0/24), so the portal can tell it from the candidates. The portal must throttle it without a candidate
 * noticing.
 *
 * @param addresses   how many client addresses guess, one virtual user each
 * @param targets     the cohort's first {@code targets} candidates, guessed at in turn
 * @param guessPeriod each address sends one wrong-code sign-in this often
 * @param after       guessing begins this long after the exams open
 * @param lasting     and goes on this long
 */
public record Attack(int addresses, int targets, Duration guessPeriod, Duration after, Duration lasting) {

    public static final int MOST_ADDRESSES = 254;

    /** The wrong-code sign-ins the scenario plans: one a period from every address, for as long as it lasts. */
    public long plannedGuesses() {
        return (long) addresses * (lasting.toMillis() / guessPeriod.toMillis());
    }

    /** The guesses a second from every address together, while the attack lasts. */
    public double guessesPerSecond() {
        return addresses * 1000.0 / guessPeriod.toMillis();
    }

    /** The client address of attacker {@code index} (from 0). */
    public static String address(int index) {
        return "203.0.113." + (index + 1);
    }

    /** A guess shaped like an admission code (20 hex digits); a random code matches it with odds of 2^-80. */
    public static String wrongCode(long guess) {
        return "%020x".formatted(guess);
    }
}
