package io.examday.portal.ops;

import io.examday.portal.identity.AdmissionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadStaffTest {

    @Test
    void passwordsAreTheHmacOfThePrefixedUsernameAsTheHarnessDerivesThem() {
        // The same vectors are pinned in the harness's CredentialsTest: both sides must derive alike.
        assertThat(LoadStaff.password("examday-load-test", "load-admin")).isEqualTo("19d0a5e003dbf2be81720504");
        assertThat(LoadStaff.password("examday-load-test", "load-author")).isEqualTo("a8fce472cda861822b07a52c");
        assertThat(LoadStaff.password("examday-load-test", "load-proctor")).isEqualTo("e7a50e3ef1af0ee04ec046dd");
    }

    @Test
    void aPasswordDependsOnTheSecretAndIsNotTheAdmissionCodeOfTheSameName() {
        String password = LoadStaff.password("one secret", "load-admin");

        assertThat(password).hasSize(LoadStaff.LENGTH).isNotEqualTo(LoadStaff.password("another secret", "load-admin"));
        assertThat(password).doesNotStartWith(AdmissionCode.derive("one secret", "load-admin"));
        assertThat(LoadStaff.ACCOUNTS).extracting(SeededAccounts.Staff::username)
                .doesNotContain("admin", "author", "proctor");
    }
}
