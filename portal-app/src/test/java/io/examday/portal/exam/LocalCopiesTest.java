package io.examday.portal.exam;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCopiesTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger sharedLookups = new AtomicInteger();

    private String fromShared(String value) {
        sharedLookups.incrementAndGet();
        return value;
    }

    private double localHits() {
        return meters.get("cache.gets").tag("layer", "local").tag("result", "hit").counter().count();
    }

    private double localMisses() {
        return meters.get("cache.gets").tag("layer", "local").tag("result", "miss").counter().count();
    }

    @Test
    void aFreshCopyAnswersWithoutTheSharedCacheAndCountsAHit() {
        LocalCopies<String> copies = new LocalCopies<>("exam-content", Duration.ofMinutes(1), meters);

        assertThat(copies.get(7, () -> fromShared("v1"))).isEqualTo("v1");
        assertThat(copies.get(7, () -> fromShared("v2"))).isEqualTo("v1");

        assertThat(sharedLookups).hasValue(1);
        assertThat(localHits()).isEqualTo(1.0);
        assertThat(localMisses()).isEqualTo(1.0);
    }

    @Test
    void anExpiredCopyIsAskedForAgainAndCountsALocalMiss() throws InterruptedException {
        LocalCopies<String> copies = new LocalCopies<>("exam-content", Duration.ofMillis(20), meters);
        copies.get(7, () -> fromShared("v1"));

        Thread.sleep(40);

        assertThat(copies.get(7, () -> fromShared("v2"))).isEqualTo("v2");
        assertThat(sharedLookups).hasValue(2);
        assertThat(localHits()).isZero();
        assertThat(localMisses()).isEqualTo(2.0);
    }

    @Test
    void anEvictedExamIsAskedForAgainAndOtherExamsKeepTheirCopy() {
        LocalCopies<String> copies = new LocalCopies<>("exam-content", Duration.ofMinutes(1), meters);
        copies.get(7, () -> fromShared("exam 7"));
        copies.get(8, () -> fromShared("exam 8"));

        copies.evict(7);

        assertThat(copies.get(7, () -> fromShared("exam 7 changed"))).isEqualTo("exam 7 changed");
        assertThat(copies.get(8, () -> fromShared("never asked"))).isEqualTo("exam 8");
        assertThat(sharedLookups).hasValue(3);
    }

    @Test
    void aLoadThatRacedAnEvictionIsNotKept() {
        LocalCopies<String> copies = new LocalCopies<>("exam-content", Duration.ofMinutes(1), meters);

        // The author's change lands while this lookup is still reading the old value from Redis.
        copies.get(7, () -> {
            copies.evict(7);
            return fromShared("old");
        });

        assertThat(copies.get(7, () -> fromShared("new"))).isEqualTo("new");
    }

    @Test
    void missesOfOneExamWhileItIsBeingAskedForWaitForThatOneAnswer() throws Exception {
        LocalCopies<String> copies = new LocalCopies<>("exam-content", Duration.ofMinutes(1), meters);
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = threads.submit(() -> copies.get(7, () -> {
                asked.countDown();
                await(answer);
                return fromShared("v1");
            }));
            asked.await();
            List<Future<String>> later = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                later.add(threads.submit(() -> copies.get(7, () -> fromShared("asked again"))));
            }
            // The later lookups find the answer being asked for and wait for it.
            Thread.sleep(100);
            answer.countDown();

            assertThat(first.get()).isEqualTo("v1");
            for (Future<String> lookup : later) {
                assertThat(lookup.get()).isEqualTo("v1");
            }
        }
        assertThat(sharedLookups).hasValue(1);
        assertThat(localMisses() + localHits()).isEqualTo(9.0);
    }

    @Test
    void aFailedAnswerFailsTheLookupsWaitingForItAndTheNextOneAsksAgain() throws Exception {
        LocalCopies<String> copies = new LocalCopies<>("exam-content", Duration.ofMinutes(1), meters);
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = threads.submit(() -> copies.get(7, () -> {
                asked.countDown();
                await(answer);
                throw new IllegalStateException("Redis went away");
            }));
            asked.await();
            Future<String> waiting = threads.submit(() -> copies.get(7, () -> fromShared("asked again")));
            Thread.sleep(100);
            answer.countDown();

            assertThatThrownBy(first::get).hasCauseInstanceOf(IllegalStateException.class);
            assertThatThrownBy(waiting::get).hasCauseInstanceOf(IllegalStateException.class);
        }
        assertThat(copies.get(7, () -> fromShared("back"))).isEqualTo("back");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nothingIsKeptForAnUnknownExam() {
        LocalCopies<String> copies = new LocalCopies<>("exam-content", Duration.ofMinutes(1), meters);

        assertThat(copies.get(9, () -> fromShared(null))).isNull();
        assertThat(copies.get(9, () -> fromShared("published now"))).isEqualTo("published now");
        assertThat(localHits()).isZero();
    }
}
