package io.examday.portal.ops.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServicesCommandTest {

    @Test
    void readsTheServerItsPortAndItsDataFolder() {
        var options = ServicesCommand.Options.parse("services", "redis", "--port", "16379", "--data-dir", "/tmp/run");
        assertThat(options).isEqualTo(new ServicesCommand.Options("redis", 16379, Path.of("/tmp/run")));
    }

    @Test
    void refusesAnUnknownServerOrAMissingPort() {
        assertThatThrownBy(() -> ServicesCommand.Options.parse("services", "mysql", "--port", "1", "--data-dir", "d"))
                .hasMessageContaining("mysql");
        assertThatThrownBy(() -> ServicesCommand.Options.parse("services", "postgres", "--data-dir", "d"))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> ServicesCommand.Options.parse("services", "postgres", "--port", "0", "--data-dir", "d"))
                .hasMessageContaining("port number");
    }

    @Test
    void badArgumentsExitWithTwoBeforeStartingAnything() {
        assertThat(ServicesCommand.run("services", "redis")).isEqualTo(2);
    }
}
