package io.examday.harness.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.threshold.TestThresholds;
import io.examday.harness.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run against the stack scrapes each instance, its samples labelled {@code instance}: the gate must judge the sum
 * of the instances exactly as it judges one portal doing the same work, pass or fail.
 */
class SeveralInstancesTest {

    private static final Map<String, Double> STACK = Map.of("web-1", 0.55, "web-2", 0.4, "worker", 0.05);

    @TempDir
    Path reports;

    @Test
    void aPassingRunSplitOverInstancesGetsTheSameFiguresAsOnePortal() throws IOException {
        assertSameJudgement(fixture -> fixture);
    }

    @Test
    void aCacheAndStatementRegressionSplitOverInstancesFailsTheSameChecksWithTheSameFigures() throws IOException {
        assertSameJudgement(fixture -> fixture.cacheHitRate(0.5).localCacheHitRate(0.5).meanStatements(14).shareUnder10Statements(0.4));
    }

    @Test
    void aBusyPortalSplitOverInstancesFailsOnCpuWithTheSameFigure() throws IOException {
        assertSameJudgement(fixture -> fixture.portalCpu(0.95));
    }

    @Test
    void aRunOnADatabaseThatDoesNotMakeCommitsDurableIsInconclusiveTheSame() throws IOException {
        assertSameJudgement(fixture -> fixture.synchronousCommit("off"));
    }

    private void assertSameJudgement(UnaryOperator<RunFixture> setUp) throws IOException {
        Path onePortal = setUp.apply(new RunFixture().runId("one-portal")).writeIn(reports);
        Path threeInstances = setUp.apply(new RunFixture().runId("three-instances").instances(STACK)).writeIn(reports);
        assertThat(Files.readString(threeInstances.resolve("server/metrics.jsonl"))).contains("\"instance\":\"web-2\"");

        Thresholds thresholds = TestThresholds.load(reports);
        Verdict one = TestGate.judge(reports, onePortal, thresholds);
        Verdict several = TestGate.judge(reports, threeInstances, thresholds);

        assertThat(several.verdict()).isEqualTo(one.verdict());
        assertThat(figures(several)).isEqualTo(figures(one));
    }

    private static Map<String, String> figures(Verdict verdict) {
        Map<String, String> figures = new LinkedHashMap<>();
        verdict.checks().forEach(c -> figures.put(c.id(), c.status() + " " + c.measured()));
        return figures;
    }
}
