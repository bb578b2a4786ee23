package io.examday.harness.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsTargetTest {

    @Test
    void aPlainUrlIsOneUnnamedPortalWhoseSamplesAreLeftAsTheyAre() {
        var targets = MetricsTarget.parse("http://127.0.0.1:8081/actuator/prometheus");

        assertThat(targets).containsExactly(
                new MetricsTarget(Optional.empty(), URI.create("http://127.0.0.1:8081/actuator/prometheus")));
        Sample sample = new Sample("cache_gets_total", Map.of("result", "hit"), 3);
        assertThat(targets.getFirst().own(sample)).isEqualTo(sample);
    }

    @Test
    void namedInstancesLabelTheirSamplesWithTheirName() {
        var targets = MetricsTarget.parse("web-1=http://127.0.0.1:18081/actuator/prometheus,"
                + "worker=http://127.0.0.1:18101/actuator/prometheus");

        assertThat(targets).extracting(t -> t.instance().orElseThrow()).containsExactly("web-1", "worker");
        assertThat(targets.get(1).own(new Sample("cache_gets_total", Map.of("result", "hit"), 3)).labels())
                .containsEntry("result", "hit").containsEntry(MetricsTarget.INSTANCE_LABEL, "worker");
    }

    @Test
    void aListThatIsNotNamesAndUrlsIsRefusedNamingThePart() {
        assertThatThrownBy(() -> MetricsTarget.parse("web-1=http://127.0.0.1:18081/p,http://127.0.0.1:18091/p"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'http://127.0.0.1:18091/p' is not name=URL");
        assertThatThrownBy(() -> MetricsTarget.parse("web=http://a:1/p,web=http://b:1/p"))
                .hasMessageContaining("instance 'web' is named twice");
        assertThatThrownBy(() -> MetricsTarget.parse("web=ftp://a/p"))
                .hasMessageContaining("not an http(s) URL");
    }
}
