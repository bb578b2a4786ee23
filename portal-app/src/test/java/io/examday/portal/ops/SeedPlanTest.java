package io.examday.portal.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedPlanTest {

    @Test
    void readsTheOptionsOfTheSeedCommandInBothForms() {
        assertThat(SeedPlan.parse("seed", "--candidates", "500", "--exams=2", "--questions", "8", "--reset"))
                .isEqualTo(new SeedPlan(500, 2, 8, 0, true));
        assertThat(SeedPlan.parse("seed")).isEqualTo(new SeedPlan(20_000, 3, 40, 0, false));
        assertThat(SeedPlan.parse("seed", "--rehearsal=150").rehearsal()).isEqualTo(150);
    }

    @Test
    void springPropertiesPassThroughButUnknownOptionsAndBadNumbersAreRefused() {
        assertThat(SeedPlan.parse("seed", "--spring.datasource.url=jdbc:postgresql://db/x", "--exams", "1").exams())
                .isEqualTo(1);
        assertThatThrownBy(() -> SeedPlan.parse("seed", "--candidate", "5")).hasMessageContaining("--candidate");
        assertThatThrownBy(() -> SeedPlan.parse("seed", "--candidates", "many")).hasMessageContaining("many");
        assertThatThrownBy(() -> SeedPlan.parse("seed", "--candidates")).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> SeedPlan.parse("seed", "--exams", "0")).hasMessageContaining("--exams");
        assertThatThrownBy(() -> SeedPlan.parse("seed", "--rehearsal", "-1")).hasMessageContaining("--rehearsal");
    }
}
