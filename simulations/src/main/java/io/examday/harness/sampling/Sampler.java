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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Scrapes the portal's Prometheus endpoint (or each instance's, see {@link MetricsTarget}) every interval beside a load
 * and appends the kept families to the run's {@code server/metrics.jsonl}, one line a round; with a
 * {@link ProcessSampler}, also the load machine's CPU by process class to {@code server/processes.jsonl}. Stops by
 * itself after the duration limit or when the stop file appears; on a process kill the shutdown hook lets the scrape
 * in flight finish its line first.
 */
public final class Sampler {

    /** How often the stop file is looked for between scrapes. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final List<MetricsTarget> targets;
    private final Path runDir;
    private final Duration interval;
    private final Duration maxDuration;
    private final Optional<Path> stopFile;
    private final Clock clock;
    private final Optional<ProcessSampler> processes;
    private final HttpClient http;
    private volatile boolean stopping;

    public Sampler(URI metrics, Path runDir, Duration interval, Duration maxDuration, Optional<Path> stopFile, Clock clock) {
        this(List.of(new MetricsTarget(Optional.empty(), metrics)), runDir, interval, maxDuration, stopFile, clock,
                Optional.empty());
    }

    public Sampler(List<MetricsTarget> targets, Path runDir, Duration interval, Duration maxDuration,
                   Optional<Path> stopFile, Clock clock, Optional<ProcessSampler> processes) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("nothing to scrape");
        }
        this.targets = List.copyOf(targets);
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

    private static final String STOP_FILE = "stop file ";

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
            if (reason != null && !reason.startsWith(STOP_FILE)) {
                return new Outcome(reason, scrapes, failures);
            }
            sampleProcesses(processLog);
            ScrapeLine line = scrape();
            log.write(line);
            scrapes++;
            if (!line.ok()) {
                failures++;
            }
            if (reason != null) {
                // The stop file ends the run with one last scrape: the requests of the run's last seconds (the
                // after-exam audit and export among them) would otherwise miss it whenever they fell after the
                // previous one, and their routes' checks would be missing from the verdict.
                return new Outcome(reason, scrapes, failures);
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
                return STOP_FILE + stopFile.get() + " appeared";
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

    /** One round: every target in turn. The line fails only when none answered. */
    private ScrapeLine scrape() throws InterruptedException {
        List<Sample> samples = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (MetricsTarget target : targets) {
            try {
                scrape(target).forEach(sample -> samples.add(target.own(sample)));
            } catch (IOException | IllegalArgumentException e) {
                missing.add(targets.size() == 1 ? why(e) : target.describe() + ": " + why(e));
            }
        }
        long at = clock.millis();
        if (missing.size() == targets.size()) {
            return ScrapeLine.failed(at, String.join("; ", missing));
        }
        return new ScrapeLine(at, samples, null, missing);
    }

    private static String why(Exception e) {
        if (e instanceof NotOk) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** An answer other than 200. */
    private static final class NotOk extends IOException {
        NotOk(int status) {
            super("HTTP " + status);
        }
    }

    private List<Sample> scrape(MetricsTarget target) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(target.uri()).timeout(timeout())
                .header("Accept", "text/plain;version=0.0.4").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new NotOk(response.statusCode());
        }
        return PrometheusText.parse(response.body()).samples().stream().filter(Families::kept).toList();
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
