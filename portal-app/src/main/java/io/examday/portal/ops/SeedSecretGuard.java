package io.examday.portal.ops;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Refuses to start a portal that runs for real — a database of its own (not the embedded default) or the
 * {@code prod} profile — with the published default seed secret: anyone could derive the load seed's admission
 * codes and staff passwords from it. Runs before the embedded default is decided, so the refusal is immediate and
 * a configured database is told apart from the embedded one the same way (a {@code spring.datasource.url}).
 */
public class SeedSecretGuard implements EnvironmentPostProcessor, Ordered {

    static final String PROD_PROFILE = "prod";
    static final String SECRET_PROPERTY = "examday.seed.secret";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!SeedProperties.DEFAULT_SECRET.equals(environment.getProperty(SECRET_PROPERTY))) {
            return;
        }
        if (environment.matchesProfiles(PROD_PROFILE)) {
            throw new DefaultSeedSecretRefused("the prod profile is active");
        }
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            throw new DefaultSeedSecretRefused("a database is configured (EXAMDAY_DB_URL)");
        }
    }

    @Override
    public int getOrder() {
        // After application.yaml and the environment are read, before the embedded default (LOWEST_PRECEDENCE).
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
