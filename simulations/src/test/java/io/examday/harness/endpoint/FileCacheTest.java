package io.examday.harness.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.endpoint.FileCache.Entry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileCacheTest {

    private static final long NOW = 1_000_000L;

    @Test
    void anImmutableFileIsKeptFreshForItsMaxAge() {
        var kept = FileCache.kept(Optional.empty(), 200, "public, max-age=31536000, immutable", "\"3f2a\"", NOW);

        assertThat(kept).contains(new Entry(NOW + 31_536_000_000L, "\"3f2a\""));
    }

    @Test
    void aNoCacheFileIsKeptOnlyToBeRevalidatedWithItsEtag() {
        var kept = FileCache.kept(Optional.empty(), 200, "no-cache", "\"91c0\"", NOW);

        assertThat(kept).contains(new Entry(0, "\"91c0\""));
    }

    @Test
    void aNoStoreFileIsNeverKept() {
        var before = Optional.of(new Entry(NOW + 60_000, "\"old\""));

        assertThat(FileCache.kept(before, 200, "no-cache, no-store", "\"new\"", NOW)).isEmpty();
    }

    @Test
    void aFileWithNeitherMaxAgeNorEtagIsFetchedAgainNextTime() {
        assertThat(FileCache.kept(Optional.empty(), 200, null, null, NOW)).isEmpty();
    }

    @Test
    void aNotModifiedAnswerRefreshesTheFileAndKeepsItsEtag() {
        var before = Optional.of(new Entry(NOW - 1, "\"5d1e\""));

        assertThat(FileCache.kept(before, 304, "max-age=60", null, NOW)).contains(new Entry(NOW + 60_000, "\"5d1e\""));
        assertThat(FileCache.kept(before, 304, null, null, NOW)).contains(new Entry(NOW - 1, "\"5d1e\""));
    }

    @Test
    void aFailedFetchLeavesTheKeptFileAsItWas() {
        var before = Optional.of(new Entry(NOW - 1, "\"5d1e\""));

        assertThat(FileCache.kept(before, 503, "no-store", null, NOW)).isEqualTo(before);
    }
}
