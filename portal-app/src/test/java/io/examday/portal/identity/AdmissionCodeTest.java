package io.examday.portal.identity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionCodeTest {

    @Test
    void aRandomCodeIsTwentyHexDigitsThatMatchItsHashAndIsNeverRepeated() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = AdmissionCode.random();
            assertThat(code).hasSize(AdmissionCode.LENGTH).matches("[0-9a-f]+");
            assertThat(AdmissionCode.matches(code, AdmissionCode.hash(code))).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }
}
