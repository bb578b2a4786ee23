package io.examday.portal.ops;

import io.examday.portal.exam.ExamAuthoring;
import io.examday.portal.exam.ExamDetails;
import io.examday.portal.exam.ExamListing;
import io.examday.portal.exam.ExamSummary;
import io.examday.portal.exam.NewQuestion;
import io.examday.portal.exam.ScheduleChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The published exams {@code LOAD-1…k}, each with the same number of questions of every kind in turn. An exam
 * that already has that many questions is kept (only its window is renewed), so answers of earlier runs stay
 * meaningful; one of another size is replaced, which --reset must allow when it has attempts.
 */
@Component
class LoadExams {

    static final String PREFIX = "LOAD-";
    private static final Logger log = LoggerFactory.getLogger(LoadExams.class);
    private static final List<String> OPTIONS = List.of("Option A", "Option B", "Option C", "Option D");

    private final ExamListing listing;
    private final ExamAuthoring authoring;
    private final JdbcClient jdbc;
    private final SeedProperties properties;

    LoadExams(ExamListing listing, ExamAuthoring authoring, JdbcClient jdbc, SeedProperties properties) {
        this.listing = listing;
        this.authoring = authoring;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The ids of LOAD-1…k, in order. */
    List<Long> ensure(SeedPlan plan) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= plan.exams(); i++) {
            ids.add(ensure(PREFIX + i, plan.questions(), plan.reset()));
        }
        return ids;
    }

    /** The id of REHEARSAL, the same size as the LOAD exams; its attempts are disposable, so it is always replaceable. */
    long ensureRehearsal(SeedPlan plan) {
        return ensure(SeededCohort.REHEARSAL_EXAM, plan.questions(), true);
    }

    private long ensure(String code, int questions, boolean reset) {
        Instant opensAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        var window = new ScheduleChange(opensAt, opensAt.plus(properties.loadWindow()),
                (int) properties.loadDuration().toSeconds());
        Optional<ExamSummary> existing = listing.byCode(code);
        if (existing.isPresent() && existing.get().published() && existing.get().questionCount() == questions) {
            authoring.reschedule(existing.get().examId(), window);
            log.info("seed: {} kept ({} questions), open {} to {}", code, questions, window.opensAt(),
                    window.closesAt());
            return existing.get().examId();
        }
        existing.ifPresent(exam -> replace(exam, questions, reset));
        return create(code, questions, window);
    }

    private void replace(ExamSummary exam, int questions, boolean reset) {
        boolean attempted = jdbc.sql("select exists(select 1 from attempt where exam_id = ?)")
                .param(exam.examId()).query(Boolean.class).single();
        if (attempted && !reset) {
            throw new SeedRefused(exam.code() + " has " + exam.questionCount() + " questions, not " + questions
                    + ", and has attempts: run the seed with --reset to replace it.");
        }
        authoring.discard(exam.examId());
        log.info("seed: {} replaced ({} questions were asked for, it had {})", exam.code(), questions,
                exam.questionCount());
    }

    private long create(String code, int questions, ScheduleChange window) {
        long examId = authoring.create(new ExamDetails(code, "Load test exam " + code,
                "Seeded for load tests: " + questions + " questions of every kind in turn.",
                window.durationSeconds(), window.opensAt(), window.closesAt(), 1, false));
        authoring.append(examId, questions(code, questions));
        authoring.publish(examId);
        log.info("seed: {} created with {} questions, published, open {} to {}", code, questions, window.opensAt(),
                window.closesAt());
        return examId;
    }

    static List<NewQuestion> questions(String code, int count) {
        List<NewQuestion> questions = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String prompt = code + " question " + n + ": ";
            questions.add(switch (n % 4) {
                case 1 -> NewQuestion.singleChoice(prompt + "which option is number " + (n % 4 + 1) + "?",
                        OPTIONS, n % 4, 1);
                case 2 -> NewQuestion.multipleChoice(prompt + "which options are A and C?", OPTIONS, List.of(0, 2), 2);
                case 3 -> NewQuestion.numeric(prompt + "what is " + n + " times 7?", BigDecimal.valueOf(n * 7L),
                        0.01, 1);
                default -> NewQuestion.shortText(prompt + "type the word examday.", "examday", 1);
            });
        }
        return questions;
    }
}
