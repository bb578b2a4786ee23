package io.examday.portal.regression;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import io.examday.portal.exam.CacheLookups;
import io.examday.portal.exam.ExamCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With the shared-cache regression switched on, Redis keeps no catalog entry and its layer counts misses only. */
@PortalIntegrationTest
@TestPropertySource(properties = "examday.regression.shared-cache-expires-at-once=true")
class SharedCacheExpiresAtOnceTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    ExamCatalog catalog;
    @Autowired
    CacheManager caches;

    private final ExamDay day;

    SharedCacheExpiresAtOnceTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void theSharedLayerMissesEveryReadWhileTheLocalCopyStillHits() throws InterruptedException {
        long examId = day.openExam(ExamDay.fourKinds());
        CacheLookups before = CacheLookups.of(registry, ExamCatalog.CONTENTS);
        var shared = caches.getCache(ExamCatalog.CONTENTS);

        catalog.content(examId);
        Thread.sleep(20); // well past the entries' 1 ms
        assertThat(shared.get(examId)).isNull();
        catalog.content(examId);

        assertThat(CacheLookups.of(registry, ExamCatalog.CONTENTS).since(before)).isEqualTo(new CacheLookups(1, 1, 0, 2));
    }
}
