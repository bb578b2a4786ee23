package io.examday.harness.run;

import io.examday.harness.threshold.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run folder holds, read once. Client files may be missing (a crashed simulation leaves a partial
 * folder); {@link #missing()} names them so the gate can call the run inconclusive instead of guessing. A run
 * recorded before schedule lag was has no {@code lag}; only the check that needs it is then unmeasured.
 */
public record Run(
        Path dir,
        RunDescription description,
        Optional<ClientSummary> summary,
        Optional<Timeline> timeline,
        Optional<LatencyLog> latency,
        Optional<LagLog> lag,
        Optional<Acknowledged> acknowledged,
        Optional<Audit> audit,
        ServerHistory server,
        List<String> missing) {

    public Span whole() {
        return RunFolder.whole(description, timeline);
    }

    public Span full() {
        return RunFolder.full(description);
    }

    public Span span(Window window) {
        return window == Window.WHOLE_RUN ? whole() : full();
    }

    /**
     * Server scrapes for a window: for the whole run, from the scrape before its start to the sampler's last, so the
     * routes the after-exam audit and export ask (after the load's end) are judged in every run, not only when a
     * scrape happened to fall between them and the end; strictly inside for full load.
     */
    public List<Integer> serverRows(Window window) {
        return window == Window.WHOLE_RUN ? server.rowsFrom(whole()) : server.rowsWithin(full());
    }

    public String scenario() {
        return description.scenario();
    }
}
