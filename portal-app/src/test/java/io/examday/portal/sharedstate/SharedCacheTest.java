package io.examday.portal.sharedstate;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import io.examday.portal.enrolment.EnrolledCount;
import io.examday.portal.exam.CatalogProperties;
import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamSchedule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On real Redis: every shared cache holds JSON, and a value written by another build is read when its fields
 * differ and loaded again (counted unreadable) when its form does, instead of failing the request.
 */
@PortalIntegrationTest
class SharedCacheTest {

    @Autowired
    ExamCatalog catalog;
    @Autowired
    EnrolledCount enrolled;
    @Autowired
    CacheManager caches;
    @Autowired
    RedisConnectionFactory redis;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private final ExamDay day;

    SharedCacheTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void everySharedCacheHoldsJsonWithoutClassNames() {
        long examId = day.openExam(ExamDay.fourKinds());
        catalog.schedule(examId);
        catalog.content(examId);
        catalog.answerKey(examId);
        enrolled.of(examId);

        assertThat(caches.getCacheNames()).containsExactlyInAnyOrder(
                ExamCatalog.SCHEDULES, ExamCatalog.CONTENTS, ExamCatalog.KEYS, EnrolledCount.CACHE);
        for (String cache : caches.getCacheNames()) {
            String stored = new String(raw(cache, examId), StandardCharsets.UTF_8);
            JsonNode value = json.readTree(stored);
            assertThat(value.isObject() || value.isNumber()).as(cache + ": " + stored).isTrue();
            assertThat(stored).as(cache).doesNotContain("io.examday", "java.");
        }
    }

    @Test
    void aValueWrittenByABuildWithOtherFieldsIsReadWithWhatItShares() {
        long examId = day.openExam(ExamDay.fourKinds());
        ExamSchedule schedule = catalog.schedule(examId).orElseThrow();
        ObjectNode otherBuild = (ObjectNode) json.readTree(raw(ExamCatalog.SCHEDULES, examId));
        otherBuild.remove("title");
        otherBuild.put("proctoringMode", "webcam");
        store(ExamCatalog.SCHEDULES, examId, json.writeValueAsBytes(otherBuild));
        var meters = new SimpleMeterRegistry();

        ExamSchedule read = anotherInstance(meters).schedule(examId).orElseThrow();

        assertThat(read.title()).isNull();
        assertThat(read.code()).isEqualTo(schedule.code());
        assertThat(read.closesAt()).isEqualTo(schedule.closesAt());
        assertThat(read.questionCount()).isEqualTo(schedule.questionCount());
        assertThat(unreadable(meters, ExamCatalog.SCHEDULES)).isZero();
    }

    @Test
    void aValueInAFormThisBuildCannotReadIsLoadedAgainAndCountedUnreadable() {
        long examId = day.openExam(ExamDay.fourKinds());
        ExamSchedule schedule = catalog.schedule(examId).orElseThrow();
        store(ExamCatalog.SCHEDULES, examId, RedisSerializer.java().serialize(new HashMap<>(Map.of("examId", examId))));
        var meters = new SimpleMeterRegistry();

        ExamSchedule read = anotherInstance(meters).schedule(examId).orElseThrow();

        assertThat(read).isEqualTo(schedule);
        assertThat(unreadable(meters, ExamCatalog.SCHEDULES)).isEqualTo(1);
        JsonNode storedAgain = json.readTree(raw(ExamCatalog.SCHEDULES, examId));
        assertThat(storedAgain.get("code").asString()).isEqualTo(schedule.code());
    }

    @Test
    void aCountInAFormThisBuildCannotReadIsCountedAgain() {
        long examId = day.openExam(ExamDay.fourKinds());
        long count = enrolled.of(examId).orElseThrow();
        store(EnrolledCount.CACHE, examId, "not a number".getBytes(StandardCharsets.UTF_8));
        var meters = new SimpleMeterRegistry();

        assertThat(new EnrolledCount(jdbc, caches, meters).of(examId)).hasValue(count);
        assertThat(unreadable(meters, EnrolledCount.CACHE)).isEqualTo(1);
    }

    /** A second portal instance's catalog: its own local copies, empty, in front of the same Redis. */
    private ExamCatalog anotherInstance(MeterRegistry meters) {
        return new ExamCatalog(jdbc, json, caches, new CatalogProperties(Duration.ofMinutes(1)), meters);
    }

    private static double unreadable(MeterRegistry meters, String cache) {
        return meters.get(SharedCache.UNREADABLE).tag("cache", cache).counter().count();
    }

    private byte[] raw(String cache, long key) {
        try (var connection = redis.getConnection()) {
            return connection.stringCommands().get(key(cache, key));
        }
    }

    private void store(String cache, long key, byte[] value) {
        try (var connection = redis.getConnection()) {
            connection.stringCommands().set(key(cache, key), value);
        }
    }

    private static byte[] key(String cache, long key) {
        return (cache + "::" + key).getBytes(StandardCharsets.UTF_8);
    }
}
