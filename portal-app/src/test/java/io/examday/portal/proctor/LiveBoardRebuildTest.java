package io.examday.portal.proctor;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.SessionStoreRestarted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A Redis restart that lost the live board: the proctor sees the attempts as the database has them again. */
@PortalIntegrationTest
class LiveBoardRebuildTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    LiveBoard board;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aBoardRedisLostNeverCountsBelowZeroAndIsRebuiltFromTheAttemptsWhenTheRestartIsSeen() {
        var fixtures = new Fixtures(jdbc, passwords);
        var attempts = new AttemptRows(jdbc);
        Instant now = Instant.now();
        Instant deadline = now.plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        long examId = fixtures.publishedExam(now.minus(1, ChronoUnit.MINUTES), now.plus(2, ChronoUnit.HOURS), 3600,
                List.of(Fixtures.Question.singleChoice("Q", 0)));
        var candidates = List.of(fixtures.candidate(), fixtures.candidate(), fixtures.candidate());
        List<Long> started = new ArrayList<>();
        for (var candidate : candidates) {
            fixtures.enrol(examId, candidate.id(), 0);
            long attemptId = attempts.start(examId, candidate.id(), deadline);
            board.attemptStarted(examId, candidate.username(), attemptId, deadline);
            started.add(attemptId);
        }
        attempts.close(started.get(0), "SUBMITTED", now);
        board.attemptSubmitted(examId, candidates.get(0).username(), started.get(0), "SUBMITTED", deadline);

        // Redis comes back without the board; a submit lands before the portal notices the restart.
        redis.delete(redis.keys("examday:live:" + examId + ":*"));
        attempts.close(started.get(1), "AUTO_SUBMITTED", now);
        board.attemptSubmitted(examId, candidates.get(1).username(), started.get(1), "AUTO_SUBMITTED", deadline);
        LiveBoard.Counts beforeRebuild = board.counts(examId);

        events.publishEvent(new SessionStoreRestarted("a-new-run-id"));

        assertThat(beforeRebuild).isEqualTo(new LiveBoard.Counts(0, 1));
        assertThat(board.counts(examId)).isEqualTo(new LiveBoard.Counts(1, 2));
        assertThat(board.recent(examId, 10))
                .extracting(LiveBoard.Entry::username, LiveBoard.Entry::attemptId, LiveBoard.Entry::status)
                .containsExactlyInAnyOrder(
                        tuple(candidates.get(0).username(), started.get(0), "SUBMITTED"),
                        tuple(candidates.get(1).username(), started.get(1), "AUTO_SUBMITTED"),
                        tuple(candidates.get(2).username(), started.get(2), "IN_PROGRESS"));
        assertThat(board.recent(examId, 10)).allSatisfy(entry -> assertThat(entry.deadline()).isEqualTo(deadline));
    }
}
