package io.examday.portal.ops;

import io.examday.portal.enrolment.EnrolledCount;
import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.proctor.LiveBoard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Makes each load run start clean: deletes the attempts of the LOAD exams (answers, results and jobs go with
 * them by cascade), forgets their live boards and evicts their cache entries.
 */
@Component
class LoadReset {

    private final JdbcClient jdbc;
    private final LiveBoard liveBoard;
    private final ExamCatalog catalog;
    private final EnrolledCount enrolledCount;

    LoadReset(JdbcClient jdbc, LiveBoard liveBoard, ExamCatalog catalog, EnrolledCount enrolledCount) {
        this.jdbc = jdbc;
        this.liveBoard = liveBoard;
        this.catalog = catalog;
        this.enrolledCount = enrolledCount;
    }

    /**
     * Deletes the attempts of every LOAD exam, also of those an earlier, larger run seeded beyond this plan's: left
     * open, their deadlines would pass during the next run and load its portal with sweeps and grading it never
     * asked for. Returns how many attempts were deleted.
     */
    int clearEveryLoadExam() {
        return clear(jdbc.sql("select id from exam where code like ?").param(LoadExams.PREFIX + "%")
                .query(Long.class).list());
    }

    /** Returns how many attempts were deleted. */
    int clear(List<Long> examIds) {
        int attempts = jdbc.sql("delete from attempt where exam_id = any(?::bigint[])")
                .param(examIds.toArray(Long[]::new)).update();
        examIds.forEach(this::forget);
        return attempts;
    }

    void forget(long examId) {
        liveBoard.clear(examId);
        catalog.evict(examId);
        enrolledCount.evict(examId);
    }
}
