package io.examday.harness.simulation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aSplitRunsInjectorIsNamedByItsIndexAndCountAndBadValuesAreRefused() {
        Properties given = new Properties();
        assertThat(settings(given, Map.of()).slice()).isEqualTo(InjectorSlice.WHOLE);
        given.setProperty("injectors", "2");
        given.setProperty("injector", "1");
        assertThat(settings(given, Map.of()).slice()).isEqualTo(new InjectorSlice(1, 2));
        given.setProperty("injector", "two");
        assertThatThrownBy(() -> settings(given, Map.of()).slice()).hasMessageContaining("-Dinjector must be a whole number");
        given.setProperty("injector", "2");
        assertThatThrownBy(() -> settings(given, Map.of()).slice()).hasMessageContaining("injector 2 of 2");
    }

    @Test
    void aTargetOffThisMachineIsRefusedUnlessRemoteTargetNamesTheSameHost() {
        URI cluster = URI.create("http://portal.examday.svc.cluster.local:8080");

        assertThatThrownBy(() -> HarnessSettings.requireAllowed(cluster, ""))
                .hasMessageContaining("not a loopback address").hasMessageContaining("EXAMDAY_REMOTE_TARGET");
        assertThatThrownBy(() -> HarnessSettings.requireAllowed(cluster, "portal.examday.svc"))
                .hasMessageContaining("not the host remoteTarget allows");
        assertThatCode(() -> HarnessSettings.requireAllowed(cluster, "portal.examday.svc.cluster.local"))
                .doesNotThrowAnyException();
        assertThatCode(() -> HarnessSettings.requireAllowed(URI.create("http://127.0.0.1:8080"), ""))
                .doesNotThrowAnyException();
    }

    private static HarnessSettings settings(Properties overrides, Map<String, String> environment) {
        return new HarnessSettings(SMOKE.file(), URI.create("http://127.0.0.1:8080"), "", Optional.empty(),
                Optional.empty(), PATHS, overrides, environment);
    }
}
