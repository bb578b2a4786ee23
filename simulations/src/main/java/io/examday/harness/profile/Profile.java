package io.examday.harness.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything profile.html shows, worked out from one recording. */
record Profile(String runId, FlameNode flame, TopMethods methods, TopAllocations allocations, RouteCpu routes,
               List<SqlRow> statements, long sqlExecutions, long truncatedStacks, Optional<Duration> period) {

    static final int TOP = 30;
    static final int TOP_SQL = 20;

    static Profile of(Path runDir, ProfileData data) {
        return new Profile(runDir.getFileName().toString(), FlameNode.of(data.samples(), data.frames()),
                TopMethods.of(data.samples(), data.frames(), TOP), TopAllocations.of(data.allocations(), data.frames(), TOP),
                RouteCpu.of(data, 10), SqlTable.of(data.statements(), TOP_SQL), data.statements().size(),
                data.samples().stream().filter(StackSample::truncated).count(), data.samplingPeriod());
    }
}
