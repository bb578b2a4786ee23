package io.examday.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void staffPasswordsDeriveFromTheSecretAsThePortalsSeedDerivesThem() {
        // The same vectors are pinned in the portal's LoadStaffTest: both sides must derive alike.
        Credentials seeded = new Credentials("examday-load-test");

        assertThat(seeded.adminPassword()).isEqualTo("19d0a5e003dbf2be81720504");
        assertThat(seeded.authorPassword()).isEqualTo("a8fce472cda861822b07a52c");
        assertThat(seeded.proctorPassword()).isEqualTo("e7a50e3ef1af0ee04ec046dd");
        assertThat(new Credentials("another secret").adminPassword()).isNotEqualTo(seeded.adminPassword());
    }

    @Test
    void theHarnessSignsInAsTheSeedsOwnStaffNeverAsThePortalsRealOnes() {
        assertThat(new String[]{Credentials.ADMIN, Credentials.AUTHOR, Credentials.PROCTOR})
                .containsExactly("load-admin", "load-author", "load-proctor");
        assertThat(new Credentials(Credentials.SEED_SECRET).adminPassword())
                .isNotIn("examday-admin", "examday-author", "examday-proctor");
    }

    @Test
    void theSecretComesFromExamdaySeedSecretWhenTheEnvironmentSetsIt() {
        assertThat(Credentials.seedSecret(Map.of("EXAMDAY_SEED_SECRET", "ours"), Credentials.SEED_SECRET))
                .isEqualTo("ours");
        assertThat(Credentials.seedSecret(Map.of(), Credentials.SEED_SECRET)).isEqualTo("examday-load-test");
        assertThat(Credentials.seedSecret(Map.of("EXAMDAY_SEED_SECRET", " "), "from-the-scenario"))
                .isEqualTo("from-the-scenario");
    }
}
