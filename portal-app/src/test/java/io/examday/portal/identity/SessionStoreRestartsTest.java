package io.examday.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionStoreRestartsTest {

    private final AtomicInteger drops = new AtomicInteger();

    @Test
    void aNewRunIdDropsTheLocalCopiesOnce() {
        SessionStoreRestarts restarts = watching("a", "a", "b", "b");

        for (int i = 0; i < 4; i++) {
            restarts.check();
        }

        assertThat(drops).hasValue(1);
    }

    @Test
    void aRedisThatCannotAnswerIsComparedAgainWhenItDoesAndTheFirstAnswerDropsNothing() {
        SessionStoreRestarts restarts = watching("a", null, "a", null, "b");

        for (int i = 0; i < 5; i++) {
            restarts.check();
        }

        assertThat(drops).hasValue(1);
    }

    /** run_ids in turn; null stands for Redis not answering. */
    private SessionStoreRestarts watching(String... runIds) {
        Deque<String> answers = new ArrayDeque<>();
        for (String id : runIds) {
            answers.add(id == null ? "" : id);
        }
        return new SessionStoreRestarts(() -> {
            String next = answers.removeFirst();
            if (next.isEmpty()) {
                throw new IllegalStateException("connection refused");
            }
            return next;
        }, runId -> drops.incrementAndGet());
    }
}
