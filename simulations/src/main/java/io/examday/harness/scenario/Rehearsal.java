package io.examday.harness.scenario;

/**
 * The rehearsal before a run: {@code candidates} seeded rehearsal candidates ({@code rehearsal-00001…}) sit the
 * REHEARSAL exam start to finish, {@code concurrency} at a time, so the portal meets the cohort's open warm, as
 * exam-day operations run a practice exam first. Their requests are outside the run's figures; 0 opens cold.
 */
public record Rehearsal(int candidates, int concurrency) {

    public static final String EXAM_CODE = "REHEARSAL";
    /** The seed's bound on {@code --rehearsal}. */
    public static final int MOST_CANDIDATES = 5_000;

    public static Rehearsal none() {
        return new Rehearsal(0, 1);
    }

    public String username(int candidate) {
        return "rehearsal-%05d".formatted(candidate);
    }
}
