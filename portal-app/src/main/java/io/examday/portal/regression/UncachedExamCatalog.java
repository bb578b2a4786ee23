package io.examday.portal.regression;

import io.examday.portal.exam.AnswerKey;
import io.examday.portal.exam.CatalogProperties;
import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamContent;
import io.examday.portal.exam.ExamSchedule;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * The "cache disabled" regression: every exam lookup first evicts the exam from both cache layers, so each layer
 * counts a miss and the exam is read from PostgreSQL every time. It exists only when switched on, so a production
 * lookup pays nothing for it.
 */
@Service
@Primary
@ConditionalOnBooleanProperty("examday.regression.cache-disabled")
class UncachedExamCatalog extends ExamCatalog {

    UncachedExamCatalog(JdbcClient jdbc, JsonMapper json, CacheManager caches, CatalogProperties properties,
                        MeterRegistry meters) {
        super(jdbc, json, caches, properties, meters);
    }

    @Override
    public Optional<ExamSchedule> schedule(long examId) {
        evict(examId);
        return super.schedule(examId);
    }

    @Override
    public Optional<ExamContent> content(long examId) {
        evict(examId);
        return super.content(examId);
    }

    @Override
    public Optional<AnswerKey> answerKey(long examId) {
        evict(examId);
        return super.answerKey(examId);
    }
}
