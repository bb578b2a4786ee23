package io.examday.harness.scenario;

/**
 * Secrets of the seeded portal. The seed secret derives each candidate's admission code; the passwords are the
 * seeded staff accounts'. Defaults are the seed command's.
 */
public record Credentials(String seedSecret, String adminPassword, String proctorPassword, String authorPassword) {

    public static final String SEED_SECRET = "examday-load-test";
    public static final String ADMIN_PASSWORD = "examday-admin";
    public static final String PROCTOR_PASSWORD = "examday-proctor";
    public static final String AUTHOR_PASSWORD = "examday-author";
}
