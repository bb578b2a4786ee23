package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestTagTest {

    @Test
    void routeTemplateSurvivesTheRoundTripWithoutSpaces() {
        String route = "PUT /api/attempts/{attemptId}/answers/{questionId}";

        String tag = RequestTag.of(route);

        assertThat(tag).isEqualTo("PUT_/api/attempts/{attemptId}/answers/{questionId}").doesNotContain(" ", ",");
        assertThat(RequestTag.requestName(tag)).isEqualTo(route);
    }

    @Test
    void nameThatCouldNotBeReadBackIsRefused() {
        assertThatThrownBy(() -> RequestTag.of("GET /api/snake_case")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestTag.of("GET /a,b")).isInstanceOf(IllegalArgumentException.class);
    }
}
