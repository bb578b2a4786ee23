package io.examday.portal.exam;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import io.examday.portal.enrolment.EnrolledCount;
import io.examday.portal.telemetry.CacheLayers;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** On real Redis: each cache layer counts its own hits and its own misses, under its own {@code layer} tag. */
@PortalIntegrationTest
class CacheLayersTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    ExamCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    CacheManager caches;

    private final ExamDay day;

    CacheLayersTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void eachLayerCountsAMissWhereItMissesAndAHitWhereItHits() {
        long examId = day.openExam(ExamDay.fourKinds());
        CacheLookups before = CacheLookups.of(registry, ExamCatalog.CONTENTS);

        catalog.content(examId);   // neither layer has it: loaded from PostgreSQL
        catalog.content(examId);   // this process's copy
        var otherInstance = new SimpleMeterRegistry();
        new ExamCatalog(jdbc, json, caches, new CatalogProperties(Duration.ofMinutes(1)), otherInstance)
                .content(examId); // another instance, its own copies empty: Redis has it

        assertThat(CacheLookups.of(registry, ExamCatalog.CONTENTS).since(before)).isEqualTo(new CacheLookups(1, 1, 1, 1));
        assertThat(CacheLookups.of(otherInstance, ExamCatalog.CONTENTS)).isEqualTo(new CacheLookups(0, 1, 0, 0));
    }

    @Test
    void everyCacheOfEveryLayerExposesBothHitsAndMissesAndNamesItsLayer() {
        List<Meter.Id> gets = registry.find("cache.gets").meters().stream().map(Meter::getId).toList();
        Map<String, Set<String>> resultsByCacheAndLayer = gets.stream().collect(Collectors.groupingBy(
                id -> id.getTag("cache") + " " + id.getTag(CacheLayers.TAG),
                Collectors.mapping(id -> id.getTag("result"), Collectors.toSet())));

        assertThat(gets).allSatisfy(id -> assertThat(id.getTag(CacheLayers.TAG)).isIn(CacheLayers.LOCAL, CacheLayers.SHARED));
        for (String cache : List.of(ExamCatalog.SCHEDULES, ExamCatalog.CONTENTS, ExamCatalog.KEYS)) {
            assertThat(resultsByCacheAndLayer.get(cache + " " + CacheLayers.LOCAL)).as(cache).contains("hit", "miss");
        }
        for (String cache : List.of(ExamCatalog.SCHEDULES, ExamCatalog.CONTENTS, ExamCatalog.KEYS, EnrolledCount.CACHE)) {
            assertThat(resultsByCacheAndLayer.get(cache + " " + CacheLayers.SHARED)).as(cache).contains("hit", "miss");
        }
    }
}
