package io.examday.portal.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Lets a bounded number of requests work at once; the others wait their turn in arrival order, parked. With a
 * virtual thread per request nothing else bounds the work in progress: past the machine's capacity thousands of
 * requests become runnable together, a thread holding a database connection waits behind all of them for a core,
 * the pool drains and every request waits (the first 10k runs: p95 26 s, the pool's connections idle in
 * PostgreSQL while 5,000 requests queued for them). A short line here keeps connections moving instead. A request
 * that has waited {@code maxWait} gets 503 with Retry-After. Its arrival time was taken before it waited.
 * CSS and JavaScript do not wait: they are served from memory with no connection to hold, and in the start storm
 * they queued behind the starts they are part of.
 */
public class RequestAdmission extends OncePerRequestFilter {

    /** What a refused request is told to wait before sending again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final Semaphore places;
    private final long maxWaitNanos;
    private final int working;
    private final ProblemWriter problems;
    private final Predicate<HttpServletRequest> unqueued;

    public RequestAdmission(AdmissionProperties properties, ProblemWriter problems, MeterRegistry meters,
                            Predicate<HttpServletRequest> unqueued) {
        this.unqueued = unqueued;
        this.working = properties.working();
        this.places = new Semaphore(working, true);
        this.maxWaitNanos = properties.maxWait().toNanos();
        this.problems = problems;
        Gauge.builder("examday.requests.waiting", places, Semaphore::getQueueLength)
                .description("Requests waiting for a place to work").register(meters);
        Gauge.builder("examday.requests.working", places, p -> working - p.availablePermits())
                .description("Requests working now").register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return unqueued.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = places.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                    "The portal is busy; nothing was done. Send the request again in a few seconds."));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }
}
