package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.AttackOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The attackers' answers are counted by kind, by address and by second, and written where the gate reads them. */
class AttackTallyTest {

    @TempDir
    Path client;

    @Test
    void answersAreCountedByKindByAddressAndBySecondThenWrittenForTheGate() throws IOException {
        var tally = new AttackTally(2, 10);
        tally.answered("203.0.113.1", 401, 1_000_100);
        tally.answered("203.0.113.1", 401, 1_000_900);
        tally.answered("203.0.113.2", 401, 1_001_000);
        tally.answered("203.0.113.1", 429, 1_001_500);
        tally.answered("203.0.113.2", 200, 1_002_000);
        tally.answered("203.0.113.2", 503, 1_002_001);
        tally.answered("203.0.113.2", 0, 1_002_999);

        tally.write(client);
        AttackOutcome read = JsonMapper.builder().build().readValue(client.resolve(AttackOutcome.FILE).toFile(), AttackOutcome.class);

        assertThat(read).isEqualTo(new AttackOutcome(2, 10, 7, 3, 1, 1, 2, Map.of("203.0.113.1", 2L, "203.0.113.2", 1L),
                List.of(new AttackOutcome.Second(1_000_000, 2, 0, 0, 0), new AttackOutcome.Second(1_001_000, 1, 1, 0, 0),
                        new AttackOutcome.Second(1_002_000, 0, 0, 1, 2))));
        assertThat(read.mostChecked()).isEqualTo(Map.entry("203.0.113.1", 2L));
        assertThat(read.describe()).startsWith("7 of 10 planned guesses from 2 addresses: 3 checked (401)");
    }

    @Test
    void aFileWrittenBeforeAnswersWereCountedBySecondStillReads() throws IOException {
        java.nio.file.Files.writeString(client.resolve(AttackOutcome.FILE), """
                {"addresses":2,"planned":10,"sent":3,"checked":3,"throttled":0,"admitted":0,"other":0,
                 "checkedByAddress":{"203.0.113.1":3}}""");

        AttackOutcome read = JsonMapper.builder().build().readValue(client.resolve(AttackOutcome.FILE).toFile(), AttackOutcome.class);

        assertThat(read.perSecond()).isEmpty();
        assertThat(read.mostChecked()).isEqualTo(Map.entry("203.0.113.1", 3L));
    }

    @Test
    void ofAddressesCheckedEquallyOftenTheFirstIsNamedEveryTime() {
        var tally = new AttackTally(3, 10);
        for (String address : List.of("203.0.113.3", "203.0.113.1", "203.0.113.2")) {
            tally.answered(address, 401, 0);
        }

        assertThat(tally.outcome().mostChecked()).isEqualTo(Map.entry("203.0.113.1", 1L));
    }
}
