package io.examday.harness.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording once, keeping only what the profile uses. The portal's own events are read by name and
 * field, so any event named io.examday.RouteServed (fields method, route) or io.examday.SqlStatement (field sql) counts.
 */
final class RecordingReader {

    static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    static final String ALLOCATION_SAMPLE = "jdk.ObjectAllocationSample";
    static final String ACTIVE_SETTING = "jdk.ActiveSetting";
    static final String ROUTE_SERVED = "io.examday.RouteServed";
    static final String SQL_STATEMENT = "io.examday.SqlStatement";

    private RecordingReader() {}

    static ProfileData read(Path jfr) throws IOException {
        FrameNames frames = new FrameNames();
        List<StackSample> samples = new ArrayList<>();
        List<RouteSpan> requests = new ArrayList<>();
        List<SqlExecution> statements = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        Map<Long, Set<String>> periodsByEventType = new HashMap<>();
        long executionSampleType;
        try (RecordingFile file = new RecordingFile(jfr)) {
            executionSampleType = file.readEventTypes().stream().filter(t -> t.getName().equals(EXECUTION_SAMPLE))
                    .mapToLong(EventType::getId).findFirst().orElse(-1);
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                switch (e.getEventType().getName()) {
                    case EXECUTION_SAMPLE -> sample(e, frames).ifPresent(samples::add);
                    case ROUTE_SERVED -> requests.add(new RouteSpan(threadId(e.getThread()), nanos(e.getStartTime()),
                            nanos(e.getEndTime()), e.getString("method") + " " + e.getString("route")));
                    case SQL_STATEMENT -> statements.add(new SqlExecution(nanos(e.getStartTime()), e.getString("sql"),
                            e.getDuration().toNanos()));
                    case ALLOCATION_SAMPLE -> allocations.add(new Allocation(nanos(e.getStartTime()), topFrame(e.getStackTrace(), frames),
                            TypeNames.readable(e.getClass("objectClass") == null ? null : e.getClass("objectClass").getName()),
                            e.getLong("weight")));
                    case ACTIVE_SETTING -> {
                        if ("period".equals(e.getString("name"))) {
                            periodsByEventType.computeIfAbsent(e.getLong("id"), id -> new HashSet<>()).add(e.getString("value"));
                        }
                    }
                    default -> { }
                }
            }
        }
        return new ProfileData(samples, requests, statements, allocations, frames,
                SamplingPeriod.of(periodsByEventType.getOrDefault(executionSampleType, Set.of())));
    }

    private static Optional<StackSample> sample(RecordedEvent e, FrameNames frames) {
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null) {
            return Optional.empty();
        }
        RecordedThread thread = e.getThread("sampledThread");
        return Optional.of(new StackSample(nanos(e.getStartTime()), threadId(thread),
                thread == null || thread.getJavaName() == null ? "" : thread.getJavaName(), frames.frames(stack), stack.isTruncated()));
    }

    private static int topFrame(RecordedStackTrace stack, FrameNames frames) {
        int[] ids = stack == null ? new int[0] : frames.frames(stack);
        return ids.length == 0 ? frames.id("(no stack)") : ids[0];
    }

    private static long threadId(RecordedThread thread) {
        return thread == null ? -1 : thread.getJavaThreadId();
    }

    static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
