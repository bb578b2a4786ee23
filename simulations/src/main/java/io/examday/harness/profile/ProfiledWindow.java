package io.examday.harness.profile;

import io.examday.harness.run.RunDescription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stretch of the recording the profile covers, and in words which it is. The scenario's load (run.json
 * startedAt to endedAt) when the run folder says: the portal's start-up, the rehearsal before the first arrival and
 * the exports after the load would otherwise crowd it out (in a smoke run the rehearsal's cold start alone gave the
 * answer upsert a p95 of 400 ms against 12 ms under the load). Else from the first request served to the end of the
 * last; else the whole recording.
 */
record ProfiledWindow(long fromNanos, long toNanos, String what) {

    static ProfiledWindow of(Optional<RunDescription> run, List<RouteSpan> requests) {
        if (run.isPresent() && run.get().startedAt() != null && run.get().endedAt() != null) {
            return new ProfiledWindow(nanos(run.get().startedAt()), nanos(run.get().endedAt()),
                    "the scenario's load (run.json startedAt to endedAt): start-up, the rehearsal and the exports after the load are left out");
        }
        if (!requests.isEmpty()) {
            return new ProfiledWindow(requests.stream().mapToLong(RouteSpan::startNanos).min().orElseThrow(),
                    requests.stream().mapToLong(RouteSpan::endNanos).max().orElseThrow(),
                    "from the first request the portal served to the end of its last: start-up and shutdown are left out");
        }
        return new ProfiledWindow(Long.MIN_VALUE, Long.MAX_VALUE, "the whole recording");
    }

    boolean holds(long epochNanos) {
        return fromNanos <= epochNanos && epochNanos <= toNanos;
    }

    /** The data inside this window; a request counts when it ended inside it. */
    ProfileData cut(ProfileData data) {
        return new ProfileData(data.samples().stream().filter(s -> holds(s.epochNanos())).toList(),
                data.requests().stream().filter(r -> holds(r.endNanos())).toList(),
                data.statements().stream().filter(s -> holds(s.epochNanos())).toList(),
                data.allocations().stream().filter(a -> holds(a.epochNanos())).toList(), data.frames(), data.samplingPeriod());
    }

    private static long nanos(Instant t) {
        return RecordingReader.nanos(t);
    }
}
