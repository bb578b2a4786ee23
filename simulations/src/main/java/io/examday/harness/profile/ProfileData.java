package io.examday.harness.profile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What a profile is made of, read from one flight recording. */
record ProfileData(List<StackSample> samples, List<RouteSpan> requests, List<SqlExecution> statements,
                   List<Allocation> allocations, FrameNames frames, Optional<Duration> samplingPeriod) {}
