package io.examday.portal.ops;

/**
 * The two groups of seeded candidates: the load cohort ({@code cand-00001…} in {@code LOAD-1…k}) that a run
 * measures, and the rehearsal ({@code rehearsal-00001…} in {@code REHEARSAL}) that sits a practice exam before the
 * run so the portal meets the open warm, as exam-day operations do. The load generator names them the same way.
 */
enum SeededCohort {

    LOAD("cand-", "^" + LoadExams.PREFIX + "[0-9]+$"),
    REHEARSAL("rehearsal-", "^" + SeededCohort.REHEARSAL_EXAM + "$");

    static final String REHEARSAL_EXAM = "REHEARSAL";

    private final String usernamePrefix;
    private final String examCodePattern;

    SeededCohort(String usernamePrefix, String examCodePattern) {
        this.usernamePrefix = usernamePrefix;
        this.examCodePattern = examCodePattern;
    }

    String username(int i) {
        return usernamePrefix + "%05d".formatted(i);
    }

    String usernamePrefix() {
        return usernamePrefix;
    }

    /** A PostgreSQL regular expression for this group's usernames. */
    String usernamePattern() {
        return "^" + usernamePrefix + "[0-9]+$";
    }

    /** A PostgreSQL regular expression for the codes of the exams this group sits. */
    String examCodePattern() {
        return examCodePattern;
    }
}
