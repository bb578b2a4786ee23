package io.examday.portal.jobs;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The job table as a queue, on the real PostgreSQL. */
@PortalIntegrationTest
class JobQueueTest {

    @Autowired
    JobQueue queue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final ExamDay day;

    JobQueueTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void aClaimNeverTakesMoreJobsThanItAskedForWhateverPlanTheDatabaseChooses() {
        long examId = day.openExam(ExamDay.fourKinds());
        List<Long> attempts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            attempts.add(ExamDay.start(day.enrolled(examId), examId));
        }

        List<JobQueue.ClaimedJob> claimed = transactions.execute(status -> {
            // Rolled back: the worker never sees these jobs, and nothing claimed here stays claimed.
            status.setRollbackOnly();
            for (JobKind kind : JobKind.values()) {
                queue.enqueueAll(kind, attempts);
            }
            // The plan that rescans the picked ids once per joined row, which the planner may choose on its own
            // as the table's statistics change (a 200-candidate run here claimed every due job at once).
            for (String setting : List.of("enable_hashagg", "enable_hashjoin", "enable_mergejoin", "enable_material", "enable_sort")) {
                jdbc.sql("set local " + setting + " = off").update();
            }
            return queue.claim(2);
        });

        assertThat(claimed).hasSize(2);
    }
}
