package io.examday.portal.exam;

import io.micrometer.core.instrument.MeterRegistry;
import io.examday.portal.sharedstate.CacheForm;
import io.examday.portal.sharedstate.SharedCache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The read side of exams that other features use: schedules, question content and keys, served from the Redis
 * cache so the candidate hot path reads no exam rows, and from this process's own short-lived copy in front of it
 * so the hot path mostly makes no Redis round trip either. Authoring evicts both on every change.
 */
@Service
public class ExamCatalog {

    public static final String SCHEDULES = "exam-schedule";
    public static final String CONTENTS = "exam-content";
    public static final String KEYS = "answer-key";
    static final CacheForm<ExamSchedule> SCHEDULE_FORM = new CacheForm<>(SCHEDULES, ExamSchedule.class);
    static final CacheForm<ExamContent> CONTENT_FORM = new CacheForm<>(CONTENTS, ExamContent.class);
    static final CacheForm<AnswerKey> KEY_FORM = new CacheForm<>(KEYS, AnswerKey.class);

    private static final TypeReference<List<String>> OPTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SharedCache<ExamSchedule> schedules;
    private final SharedCache<ExamContent> contents;
    private final SharedCache<AnswerKey> keys;
    private final LocalCopies<ExamSchedule> localSchedules;
    private final LocalCopies<ExamContent> localContents;
    private final LocalCopies<AnswerKey> localKeys;

    public ExamCatalog(JdbcClient jdbc, JsonMapper json, CacheManager caches, CatalogProperties properties,
                       MeterRegistry meters) {
        this.jdbc = jdbc;
        this.json = json;
        this.schedules = new SharedCache<>(caches, SCHEDULE_FORM, meters);
        this.contents = new SharedCache<>(caches, CONTENT_FORM, meters);
        this.keys = new SharedCache<>(caches, KEY_FORM, meters);
        this.localSchedules = new LocalCopies<>(SCHEDULES, properties.localCopyTtl(), meters);
        this.localContents = new LocalCopies<>(CONTENTS, properties.localCopyTtl(), meters);
        this.localKeys = new LocalCopies<>(KEYS, properties.localCopyTtl(), meters);
    }

    public Optional<ExamSchedule> schedule(long examId) {
        return Optional.ofNullable(cached(localSchedules, schedules, examId, () -> loadSchedule(examId)));
    }

    /** Questions of a published exam, in exam order; empty for drafts and unknown exams. */
    public Optional<ExamContent> content(long examId) {
        return Optional.ofNullable(cached(localContents, contents, examId, () -> loadContent(examId)));
    }

    public Optional<AnswerKey> answerKey(long examId) {
        return Optional.ofNullable(cached(localKeys, keys, examId, () -> loadKey(examId)));
    }

    public void evict(long examId) {
        localSchedules.evict(examId);
        localContents.evict(examId);
        localKeys.evict(examId);
        schedules.evict(examId);
        contents.evict(examId);
        keys.evict(examId);
    }

    private <T> T cached(LocalCopies<T> local, SharedCache<T> shared, long examId, Callable<T> loader) {
        return local.get(examId, () -> shared.get(examId, loader));
    }

    private ExamSchedule loadSchedule(long examId) {
        return jdbc.sql("""
                        select e.id, e.code, e.title, e.status, e.version, e.opens_at, e.closes_at, e.duration_seconds,
                               e.questions_per_page, e.shuffle_questions,
                               (select count(*) from exam_question q where q.exam_id = e.id) as question_count
                        from exam e where e.id = ?""")
                .param(examId)
                .query((rs, n) -> new ExamSchedule(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        "PUBLISHED".equals(rs.getString("status")), rs.getInt("version"),
                        rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                        rs.getInt("duration_seconds"), rs.getInt("questions_per_page"),
                        rs.getBoolean("shuffle_questions"), rs.getInt("question_count")))
                .optional().orElse(null);
    }

    private ExamContent loadContent(long examId) {
        var schedule = schedule(examId).filter(ExamSchedule::published).orElse(null);
        if (schedule == null) {
            return null;
        }
        List<QuestionView> questions = jdbc.sql("""
                        select q.id, eq.position, q.kind, q.prompt, q.options::text as options, q.points
                        from exam_question eq join question q on q.id = eq.question_id
                        where eq.exam_id = ? order by eq.position""")
                .param(examId)
                .query((rs, n) -> new QuestionView(rs.getLong("id"), rs.getInt("position"),
                        QuestionKind.valueOf(rs.getString("kind")), rs.getString("prompt"),
                        List.copyOf(json.readValue(rs.getString("options"), OPTIONS)), rs.getInt("points")))
                .list();
        return new ExamContent(examId, schedule.version(), List.copyOf(questions));
    }

    private AnswerKey loadKey(long examId) {
        var schedule = schedule(examId).filter(ExamSchedule::published).orElse(null);
        if (schedule == null) {
            return null;
        }
        Map<Long, AnswerKey.Entry> entries = new HashMap<>();
        jdbc.sql("""
                        select q.id, q.kind, q.answer_key::text as answer_key, q.tolerance, q.points
                        from exam_question eq join question q on q.id = eq.question_id where eq.exam_id = ?""")
                .param(examId)
                .query(rs -> {
                    double tolerance = rs.getDouble("tolerance");
                    entries.put(rs.getLong("id"), new AnswerKey.Entry(QuestionKind.valueOf(rs.getString("kind")),
                            rs.getString("answer_key"), rs.wasNull() ? null : tolerance, rs.getInt("points")));
                });
        return new AnswerKey(examId, schedule.version(), Map.copyOf(entries));
    }
}
