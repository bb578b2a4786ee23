package io.examday.portal.proctor;

import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@PortalIntegrationTest
class LiveBoardTest {

    @Autowired
    LiveBoard board;
    @Autowired
    StringRedisTemplate redis;

    final long examId = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
    final Instant deadline = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);

    @Test
    void startsAndSubmitsMoveTheCountersAndStateTogether() {
        board.attemptStarted(examId, "ann", 1, deadline);
        board.attemptStarted(examId, "bob", 2, deadline);
        board.attemptSubmitted(examId, "ann", 1, "SUBMITTED", deadline);
        board.attemptReopened(examId, "ann", 1, deadline);
        board.attemptSubmitted(examId, "bob", 2, "AUTO_SUBMITTED", deadline);

        assertThat(board.counts(examId)).isEqualTo(new LiveBoard.Counts(1, 1));
        assertThat(board.recent(examId, 10)).extracting(LiveBoard.Entry::username, LiveBoard.Entry::status)
                .containsExactlyInAnyOrder(tuple("ann", "IN_PROGRESS"),
                        tuple("bob", "AUTO_SUBMITTED"));
        assertThat(board.recent(examId, 10)).allSatisfy(entry -> assertThat(entry.deadline()).isEqualTo(deadline));
    }

    /** A start storm is thousands of these a minute: each must ride the shared connection, not open its own. */
    @Test
    void aStartStormOpensNoRedisConnections() {
        long before = connectionsReceived();

        for (int i = 0; i < 200; i++) {
            board.attemptStarted(examId, "candidate-" + i, i, deadline);
        }

        assertThat(board.counts(examId).inProgress()).isEqualTo(200);
        assertThat(connectionsReceived() - before).isLessThan(5);
    }

    private long connectionsReceived() {
        Properties stats = redis.execute((RedisCallback<Properties>) connection -> connection.serverCommands().info("stats"));
        return Long.parseLong(stats.getProperty("total_connections_received"));
    }
}
