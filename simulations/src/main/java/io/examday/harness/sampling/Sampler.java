package io.examday.harness.sampling;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Scrapes the portal's Prometheus endpoint every interval beside a load and appends the kept families to the run's
 * {@code server/metrics.jsonl}; with a {@link ProcessSampler}, also the load machine's CPU by process class to
 * {@code server/processes.jsonl}. Stops by itself after the duration limit or when the stop file appears; on a process
 * kill the shutdown hook lets the scrape in flight finish its line first.
 */
public final class Sampler {

    /** How often the stop file is looked for between scrapes. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final URI metrics;
    private final Path runDir;
    private final Duration interval;
    private final Duration maxDuration;
    private final Optional<Path> stopFile;
    private final Clock clock;
    private final Optional<ProcessSampler> processes;
    private final HttpClient http;
    private volatile boolean stopping;

    public Sampler(URI metrics, Path runDir, Duration interval, Duration maxDuration, Optional<Path> stopFile, Clock clock) {
        this(metrics, runDir, interval, maxDuration, stopFile, clock, Optional.empty());
    }

    public Sampler(URI metrics, Path runDir, Duration interval, Duration maxDuration, Optional<Path> stopFile, Clock clock,
                   Optional<ProcessSampler> processes) {
        this.metrics = metrics;
        this.runDir = runDir;
        this.interval = interval;
        this.maxDuration = maxDuration;
        this.stopFile = stopFile;
        this.clock = clock;
        this.processes = processes;
        this.http = HttpClient.newBuilder().connectTimeout(timeout()).build();
    }

    /** Why the sampler stopped, with how many scrapes worked and failed. */
    public record Outcome(String reason, int scrapes, int failures) {}

    public Outcome run() throws IOException, InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopping = true;
            awaitQuietly(finished);
        }, "sampler-flush");
        Runtime.getRuntime().addShutdownHook(hook);
        try (ServerLog.Appender<ScrapeLine> log = ServerLog.SCRAPES.appendTo(runDir);
             ServerLog.Appender<ProcessLine> processLog = processes.isPresent() ? ServerLog.PROCESSES.appendTo(runDir) : null) {
            return loop(log, processLog);
        } finally {
            finished.countDown();
            removeHook(hook);
        }
    }

    private Outcome loop(ServerLog.Appender<ScrapeLine> log, ServerLog.Appender<ProcessLine> processLog) throws IOException, InterruptedException {
        long start = clock.millis();
        long deadline = start + maxDuration.toMillis();
        int scrapes = 0;
        int failures = 0;
        for (long next = start; ; next += interval.toMillis()) {
            String reason = waitUntil(next, deadline);
            if (reason != null) {
                return new Outcome(reason, scrapes, failures);
            }
            sampleProcesses(processLog);
            ScrapeLine line = scrape();
            log.write(line);
            scrapes++;
            if (!line.ok()) {
                failures++;
            }
        }
    }

    /** Sleeps until {@code next}; answers why to stop instead, or null to scrape. */
    private String waitUntil(long next, long deadline) throws InterruptedException {
        while (true) {
            if (stopping) {
                return "stopped by a signal";
            }
            if (stopFile.isPresent() && Files.exists(stopFile.get())) {
                return "stop file " + stopFile.get() + " appeared";
            }
            long now = clock.millis();
            if (now >= deadline) {
                return "duration limit " + maxDuration + " reached";
            }
            if (now >= next) {
                return null;
            }
            Thread.sleep(Math.min(POLL.toMillis(), next - now));
        }
    }

    /** Before the scrape, so a slow portal answer does not shift the CPU intervals. */
    private void sampleProcesses(ServerLog.Appender<ProcessLine> processLog) {
        if (processes.isEmpty()) {
            return;
        }
        try {
            Optional<ProcessLine> line = processes.get().sample(clock.millis());
            if (line.isPresent()) {
                processLog.write(line.get());
            }
        } catch (IOException | RuntimeException e) {
            // A /proc that cannot be read leaves a gap; the gate judges the intervals it has.
            System.err.println("process sample failed: " + e);
        }
    }

    private ScrapeLine scrape() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(metrics).timeout(timeout())
                .header("Accept", "text/plain;version=0.0.4").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long at = clock.millis();
            if (response.statusCode() != 200) {
                return ScrapeLine.failed(at, "HTTP " + response.statusCode());
            }
            return new ScrapeLine(at, PrometheusText.parse(response.body()).samples().stream()
                    .filter(Families::kept).toList(), null);
        } catch (IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? "" : ": " + e.getMessage();
            return ScrapeLine.failed(clock.millis(), e.getClass().getSimpleName() + why);
        }
    }

    /** About one interval: a slower scrape falls behind (the next one follows at once); between 1 and 10 seconds. */
    private Duration timeout() {
        Duration atLeast = interval.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : interval;
        return atLeast.compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : atLeast;
    }

    private static void awaitQuietly(CountDownLatch finished) {
        try {
            finished.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting and the hook is what is waiting for us: nothing to remove.
        }
    }
}
