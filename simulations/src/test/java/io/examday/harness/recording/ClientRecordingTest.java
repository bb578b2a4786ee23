package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClientRecordingTest {

    private static final String PAGE = "GET /api/attempts/{attemptId}/pages/{page}";
    private static final String ANSWER = "PUT /api/attempts/{attemptId}/answers/{questionId}";

    @TempDir
    Path runDir;

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    private ClientRecording recording() {
        return new ClientRecording(runDir.resolve("client"), () -> "exam", new PrintStream(terminal, true));
    }

    @Test
    void latencyLogIsReadableByHdrHistogramWithOneTagPerRequestName() throws IOException {
        ClientRecording recording = recording();
        recording.start();
        for (int i = 1; i <= 100; i++) {
            recording.record(PAGE, i * 1_000L, null);
        }
        recording.record(ANSWER, 250_000, null);
        recording.record(ANSWER, 30_000, ANSWER + ": HTTP 409 stale-revision");
        recording.close();

        Map<String, Histogram> byName = readLog(runDir.resolve("client/latency.hlog"));
        assertThat(byName.keySet()).containsExactlyInAnyOrder(PAGE, ANSWER);
        assertThat(byName.get(PAGE).getTotalCount()).isEqualTo(100);
        assertThat(byName.get(PAGE).getValueAtPercentile(50)).isBetween(49_900L, 50_100L);
        assertThat(byName.get(ANSWER).getTotalCount()).as("failed requests are recorded too").isEqualTo(2);
        assertThat(byName.get(ANSWER).getMaxValue()).isBetween(249_000L, 251_000L);
    }

    @Test
    void scheduleLagGoesToItsOwnLogPerRequestNameBesideTheLatencyLog() throws IOException {
        ClientRecording recording = recording();
        recording.start();
        recording.lag(ANSWER, 2_000);
        recording.lag(ANSWER, 180_000);
        recording.lag(PAGE, 0);
        recording.record(ANSWER, 40_000, null);
        recording.close();

        Map<String, Histogram> lag = readLog(runDir.resolve("client/lag.hlog"));
        assertThat(lag.keySet()).containsExactlyInAnyOrder(ANSWER, PAGE);
        assertThat(lag.get(ANSWER).getTotalCount()).isEqualTo(2);
        assertThat(lag.get(ANSWER).getMaxValue()).isBetween(179_000L, 181_000L);
        assertThat(readLog(runDir.resolve("client/latency.hlog")).get(ANSWER).getTotalCount())
                .as("lag is not a response time").isEqualTo(1);
    }

    @Test
    void injectorDelayGoesToItsOwnLogAndTheSummaryButIsNoResponseTime() throws IOException {
        ClientRecording recording = recording();
        recording.start();
        for (int i = 1; i <= 100; i++) {
            recording.injectorDelay(PAGE, i * 100L);
        }
        recording.injectorDelay(ANSWER, -400);
        recording.record(ANSWER, 40_000, null);
        recording.close();

        Map<String, Histogram> delay = readLog(runDir.resolve("client/injector-delay.hlog"));
        assertThat(delay.get(PAGE).getTotalCount()).isEqualTo(100);
        assertThat(delay.get(ANSWER).getMaxValue()).as("Gatling's whole milliseconds can read above ours").isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(runDir.resolve("client/summary.json")));
        assertThat(summary.at("/injectorDelay/count").asLong()).isEqualTo(101);
        assertThat(summary.at("/injectorDelay/p99Ms").asDouble()).isBetween(9.8, 10.0);
        assertThat(summary.at("/global/count").asLong()).as("a delay is not a response time").isEqualTo(1);
    }

    @Test
    void intervalsCarryAbsoluteEpochTimes() throws IOException {
        long before = System.currentTimeMillis();
        ClientRecording recording = recording();
        recording.start();
        recording.record(PAGE, 5_000, null);
        recording.close();

        HistogramLogReader reader = new HistogramLogReader(runDir.resolve("client/latency.hlog").toFile());
        EncodableHistogram interval = reader.nextIntervalHistogram();
        assertThat(interval.getStartTimeStamp()).isBetween(before - 1_000, System.currentTimeMillis());
    }

    @Test
    void summaryCountsOkAndFailedAndGivesPercentilesInMilliseconds() throws IOException {
        ClientRecording recording = recording();
        recording.start();
        for (int i = 1; i <= 100; i++) {
            recording.record(PAGE, i * 1_000L, null);
        }
        recording.record(ANSWER, 30_000, ANSWER + ": HTTP 409 stale-revision");
        recording.record(ANSWER, 40_000, ANSWER + ": HTTP 409 stale-revision");
        recording.record(ANSWER, 10_000, ANSWER + ": no response");
        recording.close();

        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(runDir.resolve("client/summary.json")));
        assertThat(summary.at("/global/count").asLong()).isEqualTo(103);
        assertThat(summary.at("/global/ok").asLong()).isEqualTo(100);
        assertThat(summary.at("/global/ko").asLong()).isEqualTo(3);
        JsonNode page = summary.path("requests").path(PAGE);
        assertThat(page.path("count").asLong()).isEqualTo(100);
        assertThat(page.path("p50Ms").asDouble()).isBetween(49.9, 50.1);
        assertThat(page.path("p95Ms").asDouble()).isBetween(94.9, 95.1);
        assertThat(page.path("p99Ms").asDouble()).isBetween(98.9, 99.1);
        assertThat(page.path("maxMs").asDouble()).isBetween(99.9, 100.1);
        assertThat(page.path("meanMs").asDouble()).isBetween(50.4, 50.6);
        assertThat(summary.path("requests").path(ANSWER).path("ko").asLong()).isEqualTo(3);
        assertThat(summary.at("/errors").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder(ANSWER + ": HTTP 409 stale-revision", ANSWER + ": no response");
        assertThat(summary.path("errors").path(ANSWER + ": HTTP 409 stale-revision").asLong()).isEqualTo(2);
    }

    @Test
    void peakActiveUsersIsTheMostCandidatesInAtOnce() throws IOException {
        ClientRecording recording = recording();
        recording.start();
        for (int i = 0; i < 5; i++) {
            recording.candidateArrived();
        }
        recording.candidateLeft();
        recording.candidateLeft();
        recording.candidateArrived();
        recording.close();

        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(runDir.resolve("client/summary.json")));
        assertThat(summary.path("peakActiveUsers").asInt()).isEqualTo(5);
    }

    @Test
    void timelineHasOneRowASecondWithRequestsFailuresAndCpuShares() throws Exception {
        ClientRecording recording = recording();
        recording.start();
        recording.candidateArrived();
        recording.record(PAGE, 1_000, null);
        recording.record(PAGE, 1_000, PAGE + ": no response");
        Thread.sleep(2_300);
        recording.close();

        List<String> rows = Files.readAllLines(runDir.resolve("client/timeline.csv"));
        assertThat(rows.getFirst()).isEqualTo("epochMillis,activeUsers,requests,failures,injectorCpu,systemCpu");
        assertThat(rows).hasSizeBetween(3, 5);
        String[] first = rows.get(1).split(",");
        assertThat(first).hasSize(6);
        assertThat(Long.parseLong(first[1])).isEqualTo(1);
        assertThat(rows.stream().skip(1).mapToLong(row -> Long.parseLong(row.split(",")[2])).sum()).isEqualTo(2);
        assertThat(rows.stream().skip(1).mapToLong(row -> Long.parseLong(row.split(",")[3])).sum()).isEqualTo(1);
        assertThat(Double.parseDouble(first[4])).isBetween(0.0, 1.0);
        if (Files.isReadable(Path.of("/proc/stat"))) {
            assertThat(Double.parseDouble(first[5])).as("the machine's CPU, from /proc/stat").isBetween(0.0, 1.0);
        }
    }

    @Test
    void progressLineEveryTenSecondsNamesPhaseUsersRateAndP95() throws Exception {
        ClientRecording recording = recording();
        recording.start();
        recording.candidateArrived();
        recording.record(PAGE, 42_000, null);
        Thread.sleep(10_500);
        recording.close();

        assertThat(terminal.toString()).containsPattern("\\[examday\\] exam +1 candidates +0 req/s +p95 42\\.\\d ms so far +0 failed");
    }

    @Test
    void manyThreadsRecordingAtOnceLoseNothing() throws Exception {
        ClientRecording recording = recording();
        recording.start();
        ExecutorService users = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            users.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    recording.record(i % 2 == 0 ? PAGE : ANSWER, 1_000 + i, null);
                }
            });
        }
        users.shutdown();
        assertThat(users.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        recording.close();

        Map<String, Histogram> byName = readLog(runDir.resolve("client/latency.hlog"));
        assertThat(byName.get(PAGE).getTotalCount() + byName.get(ANSWER).getTotalCount()).isEqualTo(80_000);
    }

    /** Sums each tag's intervals, reading tags back into request names. */
    private static Map<String, Histogram> readLog(Path file) throws IOException {
        Map<String, Histogram> byName = new HashMap<>();
        HistogramLogReader reader = new HistogramLogReader(file.toFile());
        for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
            byName.computeIfAbsent(RequestTag.requestName(h.getTag()), name -> new Histogram(3)).add((Histogram) h);
        }
        return byName;
    }
}
