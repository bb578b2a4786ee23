package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.examday.harness.run.Timeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class InjectorMergeTest {

    private static final String PAGE = "GET /api/attempts/{attemptId}/pages/{page}";
    private static final String ANSWER = "PUT /api/attempts/{attemptId}/answers/{questionId}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path runDir;

    /** Records {@code count} page reads of {@code micros} each in injector {@code index}, and acknowledges {@code attempts}. */
    private void injector(int index, int count, long micros, long... attempts) throws IOException {
        Path client = runDir.resolve("injectors").resolve(Integer.toString(index)).resolve("client");
        ClientRecording recording = new ClientRecording(client, () -> "exam", new PrintStream(OutputStream.nullOutputStream()));
        recording.start();
        recording.candidateArrived();
        for (int i = 0; i < count; i++) {
            recording.record(PAGE, micros, null);
        }
        recording.record(ANSWER, micros, "status 503");
        recording.close();
        Acknowledged acknowledged = new Acknowledged();
        for (long attempt : attempts) {
            acknowledged.started(attempt);
            acknowledged.answered(attempt, 7, 2);
        }
        acknowledged.write(client);
    }

    private ClientSummary mergedSummary() throws IOException {
        return JSON.readValue(runDir.resolve("client/summary.json").toFile(), ClientSummary.class);
    }

    @Test
    void theMergedPercentilesAreThoseOfEveryResponseOfEveryInjectorTogetherNotAnAverageOfTheirs() throws IOException {
        injector(0, 1_000, 10_000, 1, 3, 5);
        injector(1, 100, 1_000_000, 2, 4);
        Histogram together = new Histogram(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS);
        together.recordValueWithCount(10_000, 1_001);
        together.recordValueWithCount(1_000_000, 101);

        InjectorMerge.Outcome outcome = InjectorMerge.merge(runDir);
        ClientSummary summary = mergedSummary();

        assertThat(outcome.leftOut()).isEmpty();
        assertThat(summary.global().count()).isEqualTo(1_102);
        assertThat(summary.global().ko()).isEqualTo(2);
        // Injector 0's p95 is 10 ms and injector 1's 1,000 ms: their mean would be 505 ms.
        assertThat(summary.global().p95Ms()).isEqualTo(LatencyFigures.of(together, 1_100, 2).p95Ms()).isGreaterThan(999);
        assertThat(summary.requests().get(PAGE).count()).isEqualTo(1_100);
        assertThat(summary.requests().get(ANSWER).ko()).isEqualTo(2);
        assertThat(Timeline.read(runDir.resolve("client/timeline.csv")).rows().stream().mapToLong(Timeline.Row::requests).sum())
                .isEqualTo(1_102);
        assertThat(summary.peakActiveUsers()).isEqualTo(2);
    }

    @Test
    void theAcknowledgementsOfAllInjectorsAreOneFileInIdOrder() throws IOException {
        injector(0, 10, 5_000, 1, 3, 5);
        injector(1, 10, 5_000, 2, 4);

        InjectorMerge.merge(runDir);

        assertThat(gunzipped(runDir.resolve("client/acknowledged-attempts.csv.gz")))
                .containsExactly("attemptId,started,submitted", "1,1,0", "2,1,0", "3,1,0", "4,1,0", "5,1,0");
        assertThat(gunzipped(runDir.resolve("client/acknowledged-answers.csv.gz")))
                .containsExactly("attemptId,questionId,revision", "1,7,2", "2,7,2", "3,7,2", "4,7,2", "5,7,2");
        Acknowledged.Counts counts = JSON.readValue(runDir.resolve("client/acknowledged.json").toFile(), Acknowledged.Counts.class);
        assertThat(counts.starts()).isEqualTo(5);
        assertThat(counts.laterRevisions()).isEqualTo(5);
    }

    @Test
    void anAttemptAcknowledgedByTwoInjectorsStopsTheMerge() throws IOException {
        injector(0, 10, 5_000, 1, 2);
        injector(1, 10, 5_000, 2, 3);

        assertThatThrownBy(() -> InjectorMerge.merge(runDir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("candidates overlap");
    }

    @Test
    void aFileOneInjectorLacksIsLeftOutRatherThanMergedFromTheOthers() throws IOException {
        injector(0, 10, 5_000, 1);
        injector(1, 10, 5_000, 2);
        Files.delete(runDir.resolve("injectors/1/client/summary.json"));

        InjectorMerge.Outcome outcome = InjectorMerge.merge(runDir);

        assertThat(outcome.leftOut()).containsExactly("summary.json");
        assertThat(runDir.resolve("client/summary.json")).doesNotExist();
        assertThat(runDir.resolve("client/latency.hlog")).exists();
    }

    @Test
    void theFirstInjectorToStopTheRunSaysWhy() throws IOException {
        injector(0, 10, 5_000, 1);
        injector(1, 10, 5_000, 2);
        JSON.writeValue(runDir.resolve("injectors/0/client/abort.json").toFile(), new AbortWatch.Tripped(2_000, "later", 0.5, "b"));
        JSON.writeValue(runDir.resolve("injectors/1/client/abort.json").toFile(), new AbortWatch.Tripped(1_000, "earlier", 0.5, "a"));

        InjectorMerge.merge(runDir);

        assertThat(JSON.readValue(runDir.resolve("client/abort.json").toFile(), AbortWatch.Tripped.class).condition())
                .isEqualTo("earlier");
    }

    private static List<String> gunzipped(Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }
}
