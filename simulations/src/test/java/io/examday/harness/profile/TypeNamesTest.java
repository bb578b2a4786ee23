package io.examday.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeNamesTest {

    @Test
    void arrayDescriptorsReadAsJavaSource() {
        assertThat(TypeNames.readable("[B")).isEqualTo("byte[]");
        assertThat(TypeNames.readable("[[Ljava.lang.String;")).isEqualTo("java.lang.String[][]");
        assertThat(TypeNames.readable("java.lang.String")).isEqualTo("java.lang.String");
    }

    @Test
    void aShortLabelKeepsClassAndMethodWithoutThePackage() {
        assertThat(TypeNames.simple("io.examday.portal.attempt.Lobby.show")).isEqualTo("Lobby.show");
        assertThat(TypeNames.simple("all")).isEqualTo("all");
    }
}
