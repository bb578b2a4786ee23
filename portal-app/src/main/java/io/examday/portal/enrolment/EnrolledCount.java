package io.examday.portal.enrolment;

import io.examday.portal.sharedstate.CacheForm;
import io.examday.portal.sharedstate.SharedCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.OptionalLong;

/**
 * How many candidates sit an exam, cached in Redis for the proctor's live view, which polls it every few seconds
 * and must not count rows each time. Bulk enrolment and the seed evict it.
 */
@Service
public class EnrolledCount {

    public static final String CACHE = "enrolled-count";
    static final CacheForm<Long> FORM = new CacheForm<>(CACHE, Long.class);

    private final JdbcClient jdbc;
    private final SharedCache<Long> cache;

    public EnrolledCount(JdbcClient jdbc, CacheManager caches, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.cache = new SharedCache<>(caches, FORM, meters);
    }

    /** Empty for an unknown exam (not cached: it may be created later). One statement when not cached, else none. */
    public OptionalLong of(long examId) {
        Long cached = cache.getIfPresent(examId);
        if (cached != null) {
            return OptionalLong.of(cached);
        }
        var counted = jdbc.sql("select (select count(*) from enrolment n where n.exam_id = e.id) from exam e where e.id = ?")
                .param(examId).query(Long.class).optional();
        counted.ifPresent(count -> cache.put(examId, count));
        return counted.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    public void evict(long examId) {
        cache.evict(examId);
    }
}
