package io.examday.harness.simulation.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.scenario.Credentials;
import io.examday.harness.scenario.Scenario;
import io.examday.harness.scenario.ScenarioFile;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HarnessSettingsTest {

    private static final ProjectPaths PATHS = new ProjectPaths(Path.of(""));
    private static final Scenario SMOKE = ScenarioFile.load(PATHS.resolve("scenarios/smoke.yaml"));

    @Test
    void theSeedSecretIsExamdaySeedSecretWhenSetAndThePortalsDefaultOtherwise() {
        assertThat(settings(new Properties(), Map.of("EXAMDAY_SEED_SECRET", "ours")).seedSecret(SMOKE)).isEqualTo("ours");
        assertThat(settings(new Properties(), Map.of()).seedSecret(SMOKE)).isEqualTo(Credentials.SEED_SECRET);
    }

    @Test
    void aSeedSecretGivenToTheSimulationWinsAndTheStaffPasswordsFollowIt() {
        Properties given = new Properties();
        given.setProperty("seedSecret", "given");
        HarnessSettings settings = settings(given, Map.of("EXAMDAY_SEED_SECRET", "ours"));

        assertThat(settings.seedSecret(SMOKE)).isEqualTo("given");
        assertThat(settings.adminPassword(SMOKE)).isEqualTo(new Credentials("given").staffPassword("load-admin"));
        assertThat(settings.proctorPassword(SMOKE)).isEqualTo(new Credentials("given").staffPassword("load-proctor"));
        assertThat(settings.authorPassword(SMOKE)).isEqualTo(new Credentials("given").staffPassword("load-author"));
    }

    private static HarnessSettings settings(Properties overrides, Map<String, String> environment) {
        return new HarnessSettings(SMOKE.file(), URI.create("http://127.0.0.1:8080"), "", Optional.empty(),
                Optional.empty(), PATHS, overrides, environment);
    }
}
