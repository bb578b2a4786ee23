package io.examday.harness.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplerTest {

    @TempDir
    Path run;

    private HttpServer portal;
    private final AtomicInteger served = new AtomicInteger();
    private volatile int status = 200;

    @BeforeEach
    void portal() throws IOException {
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/actuator/prometheus", exchange -> {
            int n = served.incrementAndGet();
            byte[] body = ("""
                    # TYPE cache_gets_total counter
                    cache_gets_total{cache="lobby",result="hit"} %d.0
                    tomcat_threads_busy_threads 3.0
                    """.formatted(n * 10)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        portal.start();
    }

    @AfterEach
    void stop() {
        portal.stop(0);
    }

    private URI metrics() {
        return URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/actuator/prometheus");
    }

    @Test
    void scrapesEveryIntervalUntilTheDurationLimitKeepingOnlyUsedFamilies() throws Exception {
        Sampler.Outcome outcome = new Sampler(metrics(), run, Duration.ofMillis(100), Duration.ofMillis(550),
                Optional.empty(), Clock.systemUTC()).run();

        List<ScrapeLine> lines = ServerLog.SCRAPES.read(run);
        assertThat(outcome.reason()).contains("duration limit");
        assertThat(lines).hasSizeBetween(4, 7).hasSize(outcome.scrapes());
        assertThat(lines).allSatisfy(l -> assertThat(l.series()).extracting(Sample::name).containsExactly("cache_gets_total"));
        assertThat(lines).extracting(ScrapeLine::at).isSorted();
    }

    @Test
    void processCpuIsWrittenBesideTheScrapesWhenAProcessSamplerIsGiven() throws Exception {
        Path proc = Files.createDirectories(run.resolve("proc"));
        Files.writeString(proc.resolve("stat"), "cpu  10 0 0 90 0 0 0 0 0 0\ncpu0 10 0 0 90 0 0 0 0 0 0\n");

        Sampler.Outcome outcome = new Sampler(List.of(new MetricsTarget(Optional.empty(), metrics())), run,
                Duration.ofMillis(100), Duration.ofSeconds(2), Optional.empty(), Clock.systemUTC(),
                Optional.of(new ProcessSampler(proc, Set.of()))).run();

        List<ProcessLine> lines = ServerLog.PROCESSES.read(run);
        // The first sample only sets the starting point: one line fewer than scrapes.
        assertThat(lines).isNotEmpty().hasSize(outcome.scrapes() - 1);
        assertThat(lines).allSatisfy(l -> assertThat(l.cores()).isEqualTo(1));
        assertThat(lines).extracting(ProcessLine::at).isSorted();
    }

    @Test
    void stopsWhenTheStopFileAppears() throws Exception {
        Path stopFile = run.resolve("stop");
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
                Files.writeString(stopFile, "");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        Sampler.Outcome outcome = new Sampler(metrics(), run, Duration.ofMillis(100), Duration.ofMinutes(1),
                Optional.of(stopFile), Clock.systemUTC()).run();

        assertThat(outcome.reason()).contains("stop file");
        assertThat(ServerLog.SCRAPES.read(run)).isNotEmpty();
    }

    @Test
    void theStopFileEndsSamplingWithOneLastScrapeAfterIt() throws Exception {
        Path stopFile = run.resolve("stop");
        AtomicLong stoppedAt = new AtomicLong();
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
                stoppedAt.set(System.currentTimeMillis());
                Files.writeString(stopFile, "");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        Sampler.Outcome outcome = new Sampler(metrics(), run, Duration.ofMinutes(1), Duration.ofMinutes(2),
                Optional.of(stopFile), Clock.systemUTC()).run();

        List<ScrapeLine> lines = ServerLog.SCRAPES.read(run);
        assertThat(outcome.scrapes()).isEqualTo(2);
        assertThat(lines).hasSize(2);
        assertThat(lines.getLast().at()).isGreaterThanOrEqualTo(stoppedAt.get());
    }

    @Test
    void failedScrapeIsRecordedWithItsReasonAndSamplingGoesOn() throws Exception {
        status = 503;

        Sampler.Outcome outcome = new Sampler(metrics(), run, Duration.ofMillis(100), Duration.ofMillis(250),
                Optional.empty(), Clock.systemUTC()).run();

        assertThat(outcome.failures()).isEqualTo(outcome.scrapes()).isPositive();
        assertThat(ServerLog.SCRAPES.read(run)).allSatisfy(l -> assertThat(l.error()).isEqualTo("HTTP 503"));
    }

    @Test
    void tornLastLineFromAKilledSamplerIsLeftOut() throws Exception {
        new Sampler(metrics(), run, Duration.ofMillis(100), Duration.ofMillis(250), Optional.empty(), Clock.systemUTC()).run();
        int complete = ServerLog.SCRAPES.read(run).size();
        Files.writeString(ServerLog.SCRAPES.in(run), "{\"at\":17643204000", java.nio.file.StandardOpenOption.APPEND);

        assertThat(ServerLog.SCRAPES.read(run)).hasSize(complete);
    }

    @Test
    void eachInstanceSamplesCarryItsNameAndOneNotAnsweringLeavesTheOthersInTheLine() throws Exception {
        HttpServer down = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        down.createContext("/actuator/prometheus", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        down.start();
        try {
            URI downUri = URI.create("http://127.0.0.1:" + down.getAddress().getPort() + "/actuator/prometheus");
            List<MetricsTarget> targets = List.of(new MetricsTarget(Optional.of("web-1"), metrics()),
                    new MetricsTarget(Optional.of("web-2"), downUri));

            Sampler.Outcome outcome = new Sampler(targets, run, Duration.ofMillis(100), Duration.ofMillis(250),
                    Optional.empty(), Clock.systemUTC(), Optional.empty()).run();

            assertThat(outcome.failures()).isZero();
            assertThat(ServerLog.SCRAPES.read(run)).isNotEmpty().allSatisfy(line -> {
                assertThat(line.ok()).isTrue();
                assertThat(line.missing()).containsExactly("web-2: HTTP 503");
                assertThat(line.series()).isNotEmpty()
                        .allSatisfy(sample -> assertThat(sample.label(MetricsTarget.INSTANCE_LABEL)).isEqualTo("web-1"));
            });
        } finally {
            down.stop(0);
        }
    }
}
