package io.examday.harness.profile;

import java.util.List;

/**
 * From the start of the first request the portal served to the end of its last: what the profile covers, so the
 * portal's start-up (Spring, Flyway, the embedded servers) and shutdown do not crowd out the load. The whole
 * recording when it holds no request.
 */
record ServingWindow(long fromNanos, long toNanos) {

    static ServingWindow of(List<RouteSpan> requests) {
        if (requests.isEmpty()) {
            return new ServingWindow(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return new ServingWindow(requests.stream().mapToLong(RouteSpan::startNanos).min().orElseThrow(),
                requests.stream().mapToLong(RouteSpan::endNanos).max().orElseThrow());
    }

    boolean holds(long epochNanos) {
        return fromNanos <= epochNanos && epochNanos <= toNanos;
    }

    /** The data inside this window (requests all are, by construction). */
    ProfileData cut(ProfileData data) {
        return new ProfileData(data.samples().stream().filter(s -> holds(s.epochNanos())).toList(), data.requests(),
                data.statements().stream().filter(s -> holds(s.epochNanos())).toList(),
                data.allocations().stream().filter(a -> holds(a.epochNanos())).toList(), data.frames(), data.samplingPeriod());
    }
}
