package io.examday.harness.gate;

import io.examday.harness.recording.AbortWatch;
import io.examday.harness.recording.ClientRecording;
import io.examday.harness.run.BadRunFolder;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.Abort;
import io.examday.harness.threshold.Millis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run.stopped-early}: whether one of the threshold file's abort conditions stopped the run
 * ({@code client/abort.json}, written by the simulation's {@link AbortWatch}). A stopped run FAILs here, naming the
 * condition and when it held; the rest of its checks judge what it recorded until then.
 */
final class EarlyStop {

    static final String ID = "run.stopped-early";
    private static final String NAME = "Run went to its end";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EarlyStop() {}

    static Check check(Run run, Abort rule, Millis p95Budget) {
        String target = String.format(Locale.ROOT, "no abort condition held (over any %s: failed share above %s, or p95"
                        + " above %s times %s)", rule.heldFor(), rule.failedShareAbove(),
                rule.p95AboveBudgetTimes(), Unit.MILLIS.format(p95Budget.value()));
        Optional<AbortWatch.Tripped> tripped = tripped(run);
        if (tripped.isEmpty()) {
            return Check.note(ID, NAME, null, target, "went to its end", null);
        }
        AbortWatch.Tripped t = tripped.get();
        return new Check(ID, NAME, Role.THRESHOLD, null, target, when(run, t), t.figure(), null, Status.FAIL,
                t.condition() + ": " + t.figures(), null);
    }

    /** Why and when the load generator was stopped, if it was. */
    static Optional<AbortWatch.Tripped> tripped(Run run) {
        return read(run.dir().resolve("client").resolve(ClientRecording.ABORT_FILE));
    }

    /** "stopped at +12:25 (13:52:09 UTC)". */
    static String when(Run run, AbortWatch.Tripped t) {
        long start = run.description().startedAt().toEpochMilli();
        return String.format(Locale.ROOT, "stopped at +%s (%s UTC)", WindowedP95.offset(t.atMillis() - start),
                Instant.ofEpochMilli(t.atMillis()).toString().substring(11, 19));
    }

    private static Optional<AbortWatch.Tripped> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), AbortWatch.Tripped.class));
        } catch (JacksonException e) {
            throw new BadRunFolder(file + ": unreadable (" + e.getOriginalMessage() + ")", e);
        }
    }
}
