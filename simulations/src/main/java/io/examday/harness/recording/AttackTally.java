package io.examday.harness.recording;

import io.examday.harness.run.AttackOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts the answers to an attack's wrong-code guesses as the attacking virtual users get them, in all and second by
 * second. Kept apart from the run's recording: guesses are no candidate's requests, so they stay out of every
 * candidate figure.
 */
public final class AttackTally {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHECKED = 0;
    private static final int THROTTLED = 1;
    private static final int ADMITTED = 2;
    private static final int OTHER = 3;

    private final int addresses;
    private final long planned;
    private final LongAdder[] answers = adders();
    private final Map<String, LongAdder> checkedByAddress = new ConcurrentHashMap<>();
    /** Answers per epoch second; a few minutes of attack are a few hundred entries. */
    private final Map<Long, LongAdder[]> bySecond = new ConcurrentSkipListMap<>();

    public AttackTally(int addresses, long planned) {
        this.addresses = addresses;
        this.planned = planned;
    }

    /** One guess from {@code address} answered with {@code status} just now; 0 when no answer came. */
    public void answered(String address, int status) {
        answered(address, status, System.currentTimeMillis());
    }

    /** One guess from {@code address} answered with {@code status} at {@code epochMillis}; 0 when no answer came. */
    public void answered(String address, int status, long epochMillis) {
        int kind = switch (status) {
            case 401 -> CHECKED;
            case 429 -> THROTTLED;
            case 200 -> ADMITTED;
            default -> OTHER;
        };
        answers[kind].increment();
        bySecond.computeIfAbsent(epochMillis / 1000, second -> adders())[kind].increment();
        if (kind == CHECKED) {
            checkedByAddress.computeIfAbsent(address, a -> new LongAdder()).increment();
        }
    }

    public AttackOutcome outcome() {
        Map<String, Long> byAddress = new TreeMap<>();
        checkedByAddress.forEach((address, count) -> byAddress.put(address, count.sum()));
        List<AttackOutcome.Second> perSecond = bySecond.entrySet().stream()
                .map(e -> new AttackOutcome.Second(e.getKey() * 1000, e.getValue()[CHECKED].sum(),
                        e.getValue()[THROTTLED].sum(), e.getValue()[ADMITTED].sum(), e.getValue()[OTHER].sum()))
                .toList();
        long sent = Stream.of(answers).mapToLong(LongAdder::sum).sum();
        return new AttackOutcome(addresses, planned, sent, answers[CHECKED].sum(), answers[THROTTLED].sum(),
                answers[ADMITTED].sum(), answers[OTHER].sum(), byAddress, perSecond);
    }

    public void write(Path clientFolder) throws IOException {
        Files.createDirectories(clientFolder);
        JSON.writeValue(clientFolder.resolve(AttackOutcome.FILE).toFile(), outcome());
    }

    private static LongAdder[] adders() {
        return Stream.generate(LongAdder::new).limit(4).toArray(LongAdder[]::new);
    }
}
