package io.examday.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/** Reads {@code server/faults.jsonl}, the chaos or zero-downtime script's record of each fault; absent from runs without faults. */
public final class InjectedFaults {

    public static final String FILE = "server/faults.jsonl";

    private InjectedFaults() {}

    /** The faults in injection order; empty when the run folder has no such file (a run without faults). */
    public static Optional<List<InjectedFault>> read(Path runDir) {
        Path file = runDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<InjectedFault> faults = new ArrayList<>();
        try {
            int line = 0;
            for (String text : Files.readAllLines(file)) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node = RunFolder.JSON.readTree(text);
                if (!node.hasNonNull("kind") || !node.hasNonNull("injectedAt")) {
                    throw new BadRunFolder(file + ":" + line + ": a fault needs kind and injectedAt", null);
                }
                JsonNode recovered = node.get("recoveredAt");
                faults.add(new InjectedFault(node.get("kind").asString(), node.path("plannedAt").asLong(),
                        node.get("injectedAt").asLong(), node.path("downTo").asLong(),
                        recovered == null || recovered.isNull() ? OptionalLong.empty() : OptionalLong.of(recovered.asLong())));
            }
        } catch (IOException e) {
            throw new BadRunFolder(file + ": unreadable (" + e.getMessage() + ")", e);
        }
        faults.sort(Comparator.comparingLong(InjectedFault::injectedAt));
        return Optional.of(List.copyOf(faults));
    }
}
