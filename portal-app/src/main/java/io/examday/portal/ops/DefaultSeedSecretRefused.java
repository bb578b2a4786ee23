package io.examday.portal.ops;

/** The start refused by {@link SeedSecretGuard}; {@link DefaultSeedSecretFailureAnalyzer} prints it as one line. */
class DefaultSeedSecretRefused extends IllegalStateException {

    DefaultSeedSecretRefused(String why) {
        super("examday.seed.secret is the published default '" + SeedProperties.DEFAULT_SECRET + "' and " + why
                + ": set EXAMDAY_SEED_SECRET to a secret of your own.");
    }
}
