package io.examday.harness.scenario;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as scenario files write them: a whole number and one unit, {@code 500ms}, {@code 90s}, {@code 15m}, {@code 1h}. */
public final class WrittenDuration {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private WrittenDuration() {}

    static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        });
    }

    /** The shortest exact way to write {@code d}, e.g. {@code 3m20s} or {@code 1500ms}. */
    public static String of(Duration d) {
        if (d.toMillisPart() != 0 || d.isZero()) {
            return d.toMillis() + "ms";
        }
        StringBuilder out = new StringBuilder();
        long hours = d.toHours();
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (d.toMinutesPart() > 0) {
            out.append(d.toMinutesPart()).append('m');
        }
        if (d.toSecondsPart() > 0) {
            out.append(d.toSecondsPart()).append('s');
        }
        return out.toString();
    }
}
