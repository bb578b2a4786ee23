package io.examday.portal.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The seeds: the secret the load seed's admission codes and staff passwords are derived from (the load generator
 * derives the same), whether to seed the demo at start (off unless asked), the seeded candidates' shared password,
 * and the LOAD exams' default window and duration (the harness reschedules them through the API for each run).
 */
@ConfigurationProperties("examday.seed")
record SeedProperties(String secret,
                      @DefaultValue("false") boolean demo,
                      @DefaultValue("examday-load") String candidatePassword,
                      @DefaultValue("7d") Duration loadWindow,
                      @DefaultValue("60m") Duration loadDuration) {

    /** application.yaml's default secret: published, so a portal started for real refuses it (SeedSecretGuard). */
    public static final String DEFAULT_SECRET = "examday-load-test";
}
