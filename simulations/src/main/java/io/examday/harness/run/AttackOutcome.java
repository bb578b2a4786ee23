package io.examday.harness.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code client/attack.json}: how the portal answered a scenario's wrong-code guesses, as the attacking virtual users
 * counted them. Written when the attack is planned (all counts zero) and again when the run ends.
 *
 * @param planned          the guesses the scenario plans
 * @param sent             the guesses sent and answered (or failed on the wire)
 * @param checked          answered 401: the code was checked, and wrong
 * @param throttled        answered 429: refused before any check
 * @param admitted         answered 200: a guessed code signed in
 * @param other            any other answer, or none (a 5xx, a broken connection)
 * @param checkedByAddress the 401s per attacking address
 * @param perSecond        the same answers second by second, ascending; empty in files written before it was counted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttackOutcome(int addresses, long planned, long sent, long checked, long throttled, long admitted,
                            long other, Map<String, Long> checkedByAddress, List<Second> perSecond) {

    public static final String FILE = "attack.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public AttackOutcome {
        checkedByAddress = checkedByAddress == null ? Map.of() : Map.copyOf(checkedByAddress);
        perSecond = perSecond == null ? List.of() : List.copyOf(perSecond);
    }

    /** The answers to guesses answered within one second, from {@code epochMillis}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Second(long epochMillis, long checked, long throttled, long admitted, long other) {}

    /** Where a run folder keeps it. */
    public static Path in(Path runDir) {
        return runDir.resolve("client").resolve(FILE);
    }

    /** A run's attack answers; empty when the run has none or its file cannot be read. */
    public static Optional<AttackOutcome> read(Path runDir) {
        Path file = in(runDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), AttackOutcome.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The address whose guesses were checked most often, with how many ("none", 0 before any was checked); of
     * addresses checked equally often the first in order, so the gate and the report name the same one.
     */
    public Map.Entry<String, Long> mostChecked() {
        return checkedByAddress.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElse(Map.entry("none", 0L));
    }

    public String describe() {
        var most = mostChecked();
        return String.format(Locale.ROOT,
                "%,d of %,d planned guesses from %d addresses: %,d checked (401), %,d refused unchecked (429), %,d admitted, %,d other; most checked from one address: %,d (%s)",
                sent, planned, addresses, checked, throttled, admitted, other, most.getValue(), most.getKey());
    }
}
