package io.examday.harness.profile;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPU sampler's period as the recording states it (jdk.ActiveSetting "period" of jdk.ExecutionSample, e.g.
 * "10 ms"). Each sample then stands for about one period of CPU on its thread, which turns samples into CPU time.
 */
final class SamplingPeriod {

    private static final Pattern VALUE = Pattern.compile("\\s*(\\d+)\\s*(ns|us|ms|s|m|h|d)\\s*");

    private SamplingPeriod() {}

    /** The one period all the recording's settings name; empty when none does, or when they differ (then no single factor is honest). */
    static Optional<Duration> of(Set<String> settings) {
        Set<Duration> periods = settings.stream().map(SamplingPeriod::parse).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toSet());
        return periods.size() == 1 ? Optional.of(periods.iterator().next()) : Optional.empty();
    }

    static Optional<Duration> parse(String value) {
        Matcher m = VALUE.matcher(value == null ? "" : value);
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ns" -> Duration.ofNanos(n);
            case "us" -> Duration.ofNanos(n * 1_000);
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        return d.isZero() ? Optional.empty() : Optional.of(d);
    }
}
