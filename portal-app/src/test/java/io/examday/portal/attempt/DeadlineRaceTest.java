package io.examday.portal.attempt;

import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.PortalUser;
import io.examday.portal.identity.Role;
import io.examday.portal.web.AdmissionProperties;
import io.examday.portal.web.PortalProblem;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.IntNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A save is judged by when it arrived, even when it then waits in the admission line past deadline + grace, and
 * the deadline sweeper does not close its attempt under it.
 */
@PortalIntegrationTest
class DeadlineRaceTest {

    @Autowired
    MeterRegistry meters;
    @Autowired
    DeadlineSweeper sweeper;
    @Autowired
    AdmissionProperties admission;
    @Autowired
    AttemptProperties attempts;
    @Autowired
    AnswerSheet answers;
    @Autowired
    JdbcClient jdbc;
    @Value("${local.server.port}")
    int port;

    private final ExamDay day;

    DeadlineRaceTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void aSaveThatArrivedWithinTheGraceIsSavedAfterWaitingInTheLineAcrossASweep() throws Exception {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();

        CompletableFuture<PortalClient.Answer> save;
        Instant graceEnds;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor();
             var line = StalledRequests.hold(port, admission.working())) {
            waitUntil(() -> gauge("examday.requests.working") == admission.working());
            graceEnds = Instant.now().plusSeconds(3);
            day.moveDeadline(attemptId, graceEnds.minus(attempts.grace()));
            save = CompletableFuture.supplyAsync(() -> ExamDay.save(candidate, attemptId, questionId, 1, "2"), executor);
            waitUntil(() -> gauge("examday.requests.waiting") >= 1);

            sleepUntil(graceEnds.plusSeconds(1));
            sweeper.sweep();

            assertThat(save).isNotDone();
            assertThat(day.attemptStatus(attemptId)).isEqualTo("IN_PROGRESS");
            line.close();
            var saved = save.get(30, TimeUnit.SECONDS);
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        }
        assertThat(storedValues(attemptId)).containsExactly("2");
        assertThat(day.attemptStatus(attemptId)).isEqualTo("IN_PROGRESS");

        // Closed only afterwards: once no save that arrived in time can still be on its way, with the answer in it.
        day.moveDeadline(attemptId, Instant.now().minus(attempts.grace()).minus(attempts.inFlightLimit()).minusSeconds(1));
        sweeper.sweep();
        assertThat(day.attemptStatus(attemptId)).isEqualTo("AUTO_SUBMITTED");
        assertThat(storedValues(attemptId)).containsExactly("2");
    }

    @Test
    void aSaveArrivingAfterDeadlineAndGraceIsRefusedBeforeAndAfterTheSweep() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();
        day.moveDeadline(attemptId, Instant.now().minus(attempts.grace()).minusSeconds(1));

        var beforeSweep = ExamDay.save(candidate, attemptId, questionId, 1, "2");
        day.moveDeadline(attemptId, Instant.now().minus(attempts.grace()).minus(attempts.inFlightLimit()).minusSeconds(1));
        sweeper.sweep();
        var afterSweep = ExamDay.save(candidate, attemptId, questionId, 1, "2");

        assertThat(beforeSweep.status()).isEqualTo(409);
        assertThat(beforeSweep.code()).isEqualTo("deadline-passed");
        assertThat(day.attemptStatus(attemptId)).isEqualTo("AUTO_SUBMITTED");
        assertThat(afterSweep.status()).isEqualTo(409);
        assertThat(afterSweep.code()).isEqualTo("deadline-passed");
        assertThat(storedValues(attemptId)).isEmpty();
    }

    @Test
    void aSaveNotWorkedOnWithinTheInFlightLimitOfItsArrivalIsRefusedAsBusy() {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();
        var person = candidate.person();
        var user = new PortalUser(person.id(), person.username(), person.username(), Role.CANDIDATE);
        Instant arrivedLongAgo = Instant.now().minus(attempts.inFlightLimit()).minusSeconds(1);

        assertThatThrownBy(() -> answers.save(attemptId, questionId, 1, IntNode.valueOf(2), user, arrivedLongAgo))
                .isInstanceOfSatisfying(PortalProblem.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(503);
                    assertThat(problem.code()).isEqualTo("busy");
                });
        assertThat(storedValues(attemptId)).isEmpty();
        assertThat(ExamDay.save(candidate, attemptId, questionId, 1, "2").status()).isEqualTo(200);
    }

    private List<String> storedValues(long attemptId) {
        return jdbc.sql("select value::text from answer where attempt_id = ?").param(attemptId).query(String.class).list();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private static void sleepUntil(Instant instant) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), instant);
        if (left.isPositive()) {
            Thread.sleep(left);
        }
    }
}
