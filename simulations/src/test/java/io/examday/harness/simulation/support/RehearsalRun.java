package io.examday.harness.simulation.support;

import io.examday.harness.endpoint.ApiRequestHeader;
import io.examday.harness.endpoint.Draft;
import io.examday.harness.scenario.Browser;
import io.examday.harness.scenario.Rehearsal;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rehearsal before the load, outside Gatling and outside the run's figures: each rehearsal candidate signs in,
 * opens the lobby, starts the REHEARSAL exam, reads every page and answers every question, submits and reads the
 * result, a few candidates at a time; when the scenario's candidates load pages, the rehearsal opens the same HTML
 * pages (sign-in, lobby, attempt, result) so their templates are compiled before the storm too. A JVM that has never started an attempt compiles that path while the start
 * storm queues behind it; exam-day operations sit a practice exam first, and so does a run.
 */
public final class RehearsalRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int FAILURES_KEPT = 3;

    /** What the rehearsal did, for run.json and the console. */
    public record Outcome(int candidates, long requests, long failed, long p95Millis, Duration took, List<String> failures) {

        public String describe() {
            return "%,d rehearsal candidates sat %s: %,d requests in %d s, p95 %d ms, %,d failed%s".formatted(
                    candidates, Rehearsal.EXAM_CODE, requests, took.toSeconds(), p95Millis, failed,
                    failures.isEmpty() ? "" : " (first: " + String.join("; ", failures) + ")");
        }
    }

    private final URI target;
    private final Rehearsal plan;
    private final String seedSecret;
    private final Browser browser;
    private final HttpClient http;
    private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong failed = new AtomicLong();

    public RehearsalRun(URI target, SSLContext tls, Rehearsal plan, String seedSecret, Browser browser) {
        this.target = target;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).sslContext(tls).build();
        this.plan = plan;
        this.seedSecret = seedSecret;
        this.browser = browser;
    }

    /** Every rehearsal candidate through the exam {@code examId}; returns when the last one is done. */
    public Outcome sit(long examId) {
        long started = System.nanoTime();
        Semaphore seats = new Semaphore(plan.concurrency());
        try (ExecutorService candidates = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= plan.candidates(); i++) {
                String username = plan.username(i);
                SplittableRandom random = new SplittableRandom(i);
                candidates.submit(() -> {
                    seats.acquireUninterruptibly();
                    try {
                        sitOne(username, examId, random);
                    } catch (RehearsalFailure e) {
                        failed.incrementAndGet();
                        if (failures.size() < FAILURES_KEPT) {
                            failures.add(username + ": " + e.getMessage());
                        }
                    } finally {
                        seats.release();
                    }
                });
            }
        }
        return new Outcome(plan.candidates(), latenciesMicros.size(), failed.get(), p95Millis(),
                Duration.ofNanos(System.nanoTime() - started), List.copyOf(failures));
    }

    private void sitOne(String username, long examId, SplittableRandom random) {
        page("/login", null);
        String signIn = JSON.createObjectNode().put("username", username)
                .put("admissionCode", CandidateRoster.admissionCode(seedSecret, username)).toString();
        HttpResponse<String> session = send(HttpRequest.newBuilder(target.resolve("/api/session"))
                .POST(HttpRequest.BodyPublishers.ofString(signIn)).header("Content-Type", "application/json"), null);
        String cookie = String.join("; ", session.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0]).toList());
        page("/exams/" + examId + "/lobby", cookie);
        json(get("/api/exams/" + examId + "/lobby", cookie));
        JsonNode attempt = json(send(HttpRequest.newBuilder(target.resolve("/api/exams/" + examId + "/attempts"))
                .POST(HttpRequest.BodyPublishers.noBody()).header(ApiRequestHeader.NAME, ApiRequestHeader.VALUE), cookie));
        long attemptId = attempt.path("attemptId").asLong();
        int pages = attempt.path("pageCount").asInt();
        page("/attempts/" + attemptId, cookie);
        for (int page = 1; page <= pages; page++) {
            JsonNode questions = json(get("/api/attempts/" + attemptId + "/pages/" + page, cookie)).path("questions");
            for (JsonNode question : questions) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = JSON.convertValue(question, Map.class);
                Draft draft = Draft.forQuestion(fields, random);
                send(HttpRequest.newBuilder(target.resolve("/api/attempts/" + attemptId + "/answers/" + draft.questionId()))
                        .PUT(HttpRequest.BodyPublishers.ofString(draft.body())).header("Content-Type", "application/json"),
                        cookie);
            }
        }
        send(HttpRequest.newBuilder(target.resolve("/api/attempts/" + attemptId + "/submit"))
                .POST(HttpRequest.BodyPublishers.noBody()).header(ApiRequestHeader.NAME, ApiRequestHeader.VALUE), cookie);
        page("/attempts/" + attemptId + "/result", cookie);
        get("/api/attempts/" + attemptId + "/result", cookie);
    }

    /** An HTML page, when the scenario's candidates load pages; the files it links are not worth warming. */
    private void page(String path, String cookie) {
        if (browser.pages()) {
            send(HttpRequest.newBuilder(target.resolve(path)).GET(), cookie, "text/html");
        }
    }

    private HttpResponse<String> get(String path, String cookie) {
        return send(HttpRequest.newBuilder(target.resolve(path)).GET(), cookie);
    }

    /** Sends, times, and refuses anything but a 2xx answer. */
    private HttpResponse<String> send(HttpRequest.Builder request, String cookie) {
        return send(request, cookie, "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookie, String accept) {
        request.timeout(TIMEOUT).header("Accept", accept);
        if (cookie != null && !cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpRequest built = request.build();
        long sent = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RehearsalFailure(built.method() + " " + built.uri().getPath() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalFailure(built.method() + " " + built.uri().getPath() + " was interrupted");
        }
        latenciesMicros.add((System.nanoTime() - sent) / 1_000);
        if (response.statusCode() / 100 != 2) {
            throw new RehearsalFailure(built.method() + " " + built.uri().getPath() + " answered " + response.statusCode());
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private long p95Millis() {
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000;
    }

    /** One rehearsal candidate could not finish; the rest go on. */
    private static final class RehearsalFailure extends RuntimeException {
        RehearsalFailure(String message) {
            super(message, null, false, false);
        }
    }
}
