package io.examday.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunDescription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProfiledWindowTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = Instant.parse("2026-12-02T08:00:00Z").getEpochSecond() * SECOND;
    /** A rehearsal request before the load, and one under it. */
    private final List<RouteSpan> requests = List.of(new RouteSpan(1, T0 + 10 * SECOND, T0 + 11 * SECOND, "GET /rehearsal"),
            new RouteSpan(2, T0 + 70 * SECOND, T0 + 71 * SECOND, "GET /load"));

    @Test
    void aRunFolderWithRunJsonIsProfiledOverTheScenariosLoadOnly() {
        RunDescription run = JsonMapper.builder().build().readValue(
                "{\"startedAt\":\"2026-12-02T08:01:00Z\",\"endedAt\":\"2026-12-02T08:02:00Z\"}", RunDescription.class);
        ProfileData data = data(List.of(sample(T0 + 10 * SECOND), sample(T0 + 70 * SECOND)));

        ProfiledWindow window = ProfiledWindow.of(Optional.of(run), requests);
        ProfileData cut = window.cut(data);

        assertThat(window.what()).contains("scenario's load");
        assertThat(cut.requests()).extracting(RouteSpan::route).containsExactly("GET /load");
        assertThat(cut.samples()).extracting(StackSample::epochNanos).containsExactly(T0 + 70 * SECOND);
    }

    @Test
    void withoutRunJsonTheWindowRunsFromTheFirstRequestToTheLast() {
        ProfiledWindow window = ProfiledWindow.of(Optional.empty(), requests);

        assertThat(window.fromNanos()).isEqualTo(T0 + 10 * SECOND);
        assertThat(window.toNanos()).isEqualTo(T0 + 71 * SECOND);
        assertThat(window.holds(T0 + 5 * SECOND)).isFalse();
    }

    private ProfileData data(List<StackSample> samples) {
        return new ProfileData(samples, requests, List.of(), List.of(), new FrameNames(), Optional.empty());
    }

    private static StackSample sample(long at) {
        return new StackSample(at, 1, "t", new int[0], false);
    }
}
