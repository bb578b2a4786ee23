package io.examday.harness.recording;

import io.examday.harness.run.AttackOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts the answers to an attack's wrong-code guesses as the attacking virtual users get them. Kept apart from the
 * run's recording: guesses are no candidate's requests, so they stay out of every candidate figure.
 */
public final class AttackTally {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int addresses;
    private final long planned;
    private final LongAdder sent = new LongAdder();
    private final LongAdder checked = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder admitted = new LongAdder();
    private final LongAdder other = new LongAdder();
    private final Map<String, LongAdder> checkedByAddress = new ConcurrentHashMap<>();

    public AttackTally(int addresses, long planned) {
        this.addresses = addresses;
        this.planned = planned;
    }

    /** One guess from {@code address} answered with {@code status}; 0 when no answer came. */
    public void answered(String address, int status) {
        sent.increment();
        switch (status) {
            case 401 -> {
                checked.increment();
                checkedByAddress.computeIfAbsent(address, a -> new LongAdder()).increment();
            }
            case 429 -> throttled.increment();
            case 200 -> admitted.increment();
            default -> other.increment();
        }
    }

    public AttackOutcome outcome() {
        Map<String, Long> byAddress = new TreeMap<>();
        checkedByAddress.forEach((address, count) -> byAddress.put(address, count.sum()));
        return new AttackOutcome(addresses, planned, sent.sum(), checked.sum(), throttled.sum(), admitted.sum(),
                other.sum(), byAddress);
    }

    public void write(Path clientFolder) throws IOException {
        Files.createDirectories(clientFolder);
        JSON.writeValue(clientFolder.resolve(AttackOutcome.FILE).toFile(), outcome());
    }
}
