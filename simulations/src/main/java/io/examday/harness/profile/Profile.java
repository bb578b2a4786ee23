package io.examday.harness.profile;

import io.examday.harness.run.RunDescription;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything profile.html shows, worked out from one recording, within the window it profiles. */
record Profile(String runId, ProfiledWindow window, long samplesOutsideWindow, FlameNode flame, TopMethods methods,
               TopAllocations allocations, RouteCpu routes, List<SqlRow> statements, long sqlExecutions,
               long truncatedStacks, Optional<Duration> period) {

    static final int TOP = 30;
    static final int TOP_SQL = 20;

    static Profile of(Path runDir, Optional<RunDescription> run, ProfileData recorded) {
        ProfiledWindow window = ProfiledWindow.of(run, recorded.requests());
        ProfileData data = window.cut(recorded);
        return new Profile(runDir.getFileName().toString(), window, recorded.samples().size() - data.samples().size(),
                FlameNode.of(data.samples(), data.frames()), TopMethods.of(data.samples(), data.frames(), TOP),
                TopAllocations.of(data.allocations(), data.frames(), TOP), RouteCpu.of(data, 10),
                SqlTable.of(data.statements(), TOP_SQL), data.statements().size(),
                data.samples().stream().filter(StackSample::truncated).count(), data.samplingPeriod());
    }
}
