package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.AttackOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The attackers' answers are counted by kind and by address, and written where the gate reads them. */
class AttackTallyTest {

    @TempDir
    Path client;

    @Test
    void answersAreCountedByKindAndChecksByAddressThenWrittenForTheGate() throws IOException {
        var tally = new AttackTally(2, 10);
        tally.answered("203.0.113.1", 401);
        tally.answered("203.0.113.1", 401);
        tally.answered("203.0.113.2", 401);
        tally.answered("203.0.113.1", 429);
        tally.answered("203.0.113.2", 200);
        tally.answered("203.0.113.2", 503);
        tally.answered("203.0.113.2", 0);

        tally.write(client);
        AttackOutcome read = JsonMapper.builder().build().readValue(client.resolve(AttackOutcome.FILE).toFile(), AttackOutcome.class);

        assertThat(read).isEqualTo(new AttackOutcome(2, 10, 7, 3, 1, 1, 2, Map.of("203.0.113.1", 2L, "203.0.113.2", 1L)));
        assertThat(read.mostChecked()).isEqualTo(Map.entry("203.0.113.1", 2L));
        assertThat(read.describe()).startsWith("7 of 10 planned guesses from 2 addresses: 3 checked (401)");
    }
}
