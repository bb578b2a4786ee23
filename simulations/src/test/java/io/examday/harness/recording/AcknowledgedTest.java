package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AcknowledgedTest {

    @Test
    void keepsTheHighestAcknowledgedRevisionPerAttemptAndQuestionInIdOrder(@TempDir Path client) throws Exception {
        Acknowledged acknowledged = new Acknowledged();
        acknowledged.started(20);
        acknowledged.answered(20, 7, 1);
        acknowledged.answered(20, 3, 1);
        acknowledged.answered(20, 7, 3);
        acknowledged.answered(20, 7, 2); // a late echo of an older save does not lower what was acknowledged
        acknowledged.started(10);
        acknowledged.answered(10, 5, 1);
        acknowledged.submitted(10);

        acknowledged.write(client);

        assertThat(gunzipLines(client.resolve("acknowledged-answers.csv.gz")))
                .containsExactly("attemptId,questionId,revision", "10,5,1", "20,3,1", "20,7,3");
        assertThat(gunzipLines(client.resolve("acknowledged-attempts.csv.gz")))
                .containsExactly("attemptId,started,submitted", "10,1,1", "20,1,0");
    }

    @Test
    void countsStartsDistinctAnswersLaterRevisionsAndSubmits(@TempDir Path client) throws Exception {
        Acknowledged acknowledged = new Acknowledged();
        acknowledged.started(1);
        acknowledged.started(1); // signing in again and pressing Start answers the same attempt
        acknowledged.started(2);
        for (int question = 1; question <= 20; question++) {
            acknowledged.answered(1, question, 1);
        }
        acknowledged.answered(1, 4, 2);
        acknowledged.answered(2, 4, 1);
        acknowledged.submitted(2);

        acknowledged.write(client);

        JsonNode written = JsonMapper.builder().build().readTree(Files.readString(client.resolve("acknowledged.json")));
        assertThat(written.path("starts").asLong()).isEqualTo(2);
        assertThat(written.path("answers").asLong()).isEqualTo(21);
        assertThat(written.path("laterRevisions").asLong()).isEqualTo(1);
        assertThat(written.path("submits").asLong()).isEqualTo(1);
    }

    private static List<String> gunzipLines(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
