package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AcknowledgedTest {

    @Test
    void writesStartsAnswersAndSubmitsAsTheJudgeReadsThem(@TempDir Path runDir) throws Exception {
        Acknowledged acknowledged = new Acknowledged();
        acknowledged.started();
        acknowledged.started();
        acknowledged.answered();
        acknowledged.answered();
        acknowledged.answered();
        acknowledged.submitted();

        acknowledged.write(runDir.resolve("client/acknowledged.json"));

        JsonNode written = JsonMapper.builder().build().readTree(Files.readString(runDir.resolve("client/acknowledged.json")));
        assertThat(written.path("starts").asLong()).isEqualTo(2);
        assertThat(written.path("answers").asLong()).isEqualTo(3);
        assertThat(written.path("submits").asLong()).isEqualTo(1);
    }
}
