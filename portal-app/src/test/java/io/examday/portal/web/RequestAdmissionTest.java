package io.examday.portal.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RequestAdmissionTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private RequestAdmission admission(int working, Duration maxWait) {
        return new RequestAdmission(new AdmissionProperties(working, maxWait), new ProblemWriter(JsonMapper.builder().build()), meters,
                request -> request.getRequestURI().startsWith("/js/"));
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("GET", "/api/me/exams");
    }

    @Test
    void aRequestPastTheLimitWaitsForAPlaceAndThenWorks() throws Exception {
        RequestAdmission admission = admission(1, Duration.ofSeconds(10));
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        Thread first = takeTheOnlyPlace(admission, firstMayFinish);

        AtomicInteger secondRan = new AtomicInteger();
        MockHttpServletResponse secondResponse = new MockHttpServletResponse();
        Thread second = Thread.ofVirtual().start(() -> {
            try {
                admission.doFilter(request(), secondResponse, (req, res) -> secondRan.incrementAndGet());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitUntil(() -> meters.get("examday.requests.waiting").gauge().value() == 1.0);
        assertThat(secondRan).hasValue(0);
        assertThat(meters.get("examday.requests.working").gauge().value()).isEqualTo(1.0);

        firstMayFinish.countDown();
        first.join(5000);
        second.join(5000);

        assertThat(secondRan).hasValue(1);
        assertThat(secondResponse.getStatus()).isEqualTo(200);
        assertThat(meters.get("examday.requests.working").gauge().value()).isZero();
    }

    @Test
    void aRequestThatWaitedTooLongIsRefusedWith503AndDoesNoWork() throws Exception {
        RequestAdmission admission = admission(1, Duration.ofMillis(50));
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        Thread first = takeTheOnlyPlace(admission, firstMayFinish);

        AtomicInteger secondRan = new AtomicInteger();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        admission.doFilter(request(), refused, (req, res) -> secondRan.incrementAndGet());

        assertThat(secondRan).hasValue(0);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"code\":\"busy\"");
        firstMayFinish.countDown();
        first.join(5000);
    }

    @Test
    void aStaticFileDoesNotWaitInLineWhenEveryPlaceIsTaken() throws Exception {
        RequestAdmission admission = admission(1, Duration.ofMillis(50));
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        Thread first = takeTheOnlyPlace(admission, firstMayFinish);

        AtomicInteger fileServed = new AtomicInteger();
        MockHttpServletResponse file = new MockHttpServletResponse();
        admission.doFilter(new MockHttpServletRequest("GET", "/js/portal-0123abcd.js"), file,
                (req, res) -> fileServed.incrementAndGet());

        assertThat(fileServed).hasValue(1);
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(meters.get("examday.requests.working").gauge().value()).isEqualTo(1.0);
        firstMayFinish.countDown();
        first.join(5000);
    }

    /** A first request that works until {@code mayFinish} opens; returns once it is working. */
    private static Thread takeTheOnlyPlace(RequestAdmission admission, CountDownLatch mayFinish) throws InterruptedException {
        CountDownLatch working = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                admission.doFilter(request(), new MockHttpServletResponse(), (req, res) -> {
                    working.countDown();
                    await(mayFinish);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(working.await(5, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
