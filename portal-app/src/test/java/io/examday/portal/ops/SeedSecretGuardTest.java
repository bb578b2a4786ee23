package io.examday.portal.ops;

import io.examday.portal.PortalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SeedSecretGuardTest {

    private static final String DATABASE = "jdbc:postgresql://db.example.test:5432/examday";

    @Test
    void anExternalDatabaseWithTheDefaultSecretIsRefusedNamingTheVariable() {
        var environment = new MockEnvironment()
                .withProperty("examday.seed.secret", SeedProperties.DEFAULT_SECRET)
                .withProperty("spring.datasource.url", DATABASE);

        assertThatThrownBy(() -> guard(environment)).isInstanceOf(DefaultSeedSecretRefused.class)
                .hasMessageContaining("EXAMDAY_SEED_SECRET").hasMessageContaining("EXAMDAY_DB_URL");
    }

    @Test
    void theProdProfileWithTheDefaultSecretIsRefusedEvenOnTheEmbeddedDatabase() {
        var environment = new MockEnvironment().withProperty("examday.seed.secret", SeedProperties.DEFAULT_SECRET);
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> guard(environment)).isInstanceOf(DefaultSeedSecretRefused.class)
                .hasMessageContaining("EXAMDAY_SEED_SECRET").hasMessageContaining("prod profile");
    }

    @Test
    void theEmbeddedDefaultMayKeepTheDefaultSecretAndAnOwnSecretMayGoAnywhere() {
        var embedded = new MockEnvironment().withProperty("examday.seed.secret", SeedProperties.DEFAULT_SECRET)
                .withProperty("spring.datasource.url", "");
        var production = new MockEnvironment().withProperty("examday.seed.secret", "a secret of our own")
                .withProperty("spring.datasource.url", DATABASE);
        production.setActiveProfiles("prod");

        assertThatCode(() -> guard(embedded)).doesNotThrowAnyException();
        assertThatCode(() -> guard(production)).doesNotThrowAnyException();
    }

    @Test
    void aPortalStartedWithTheProdProfileAndTheDefaultSecretStopsWithOneLineNamingTheVariable(CapturedOutput output) {
        var portal = new SpringApplication(PortalApplication.class);
        portal.setWebApplicationType(WebApplicationType.NONE);
        portal.setAdditionalProfiles("prod");

        // The secret is given on the command line, so a developer's own EXAMDAY_SEED_SECRET cannot hide the refusal.
        assertThatThrownBy(() -> portal.run("--examday.seed.secret=" + SeedProperties.DEFAULT_SECRET,
                "--spring.datasource.url=", "--management.server.port=0"))
                .isInstanceOf(DefaultSeedSecretRefused.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .containsPattern("examday\\.seed\\.secret is the published default .* and the prod profile is active: "
                        + "set EXAMDAY_SEED_SECRET to a secret of your own\\.")
                .doesNotContain("\tat io.examday");
    }

    private static void guard(MockEnvironment environment) {
        new SeedSecretGuard().postProcessEnvironment(environment, new SpringApplication());
    }
}
