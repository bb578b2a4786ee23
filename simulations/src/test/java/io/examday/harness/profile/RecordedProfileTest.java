package io.examday.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile of a real recording of known work ({@link KnownWorkload}), made once for all these tests. */
class RecordedProfileTest {

    @TempDir
    static Path reports;
    static Path run;
    static ProfileData data;
    static Profile profile;

    @BeforeAll
    static void record() throws Exception {
        run = KnownWorkload.runFolder(reports);
        data = RecordingReader.read(run.resolve(Profiler.RECORDING));
        profile = Profile.of(run, Optional.empty(), data);
    }

    @Test
    void theSamplingPeriodIsTheOneTheRecordingWasMadeWith() {
        assertThat(profile.period()).contains(KnownWorkload.PERIOD);
    }

    @Test
    void theFlameGraphAndTopMethodsShowTheHotMethods() {
        String svg = FlameGraphSvg.render(profile.flame(), ProfilePage.MIN_SHARE, ProfilePage.MAX_BOXES);

        assertThat(svg).contains("KnownWorkload.burnCpuInsideRequest").contains("KnownWorkload.burnCpuOutsideRequests");
        assertThat(profile.methods().byTotal()).extracting(MethodRow::method)
                .contains(KnownWorkload.class.getName() + ".burnCpuInsideRequest");
        MethodRow top = profile.methods().byTotal().stream().filter(m -> m.method().endsWith("KnownWorkload.burn")).findFirst().orElseThrow();
        assertThat(profile.methods().ownByTotal()).isNotEmpty().allSatisfy(m -> assertThat(m.method()).startsWith("io.examday."))
                .extracting(MethodRow::method).contains(KnownWorkload.class.getName() + ".burnCpuInsideRequest");
        // 1,000 ms of burning inside requests and 400 ms outside: most of all samples pass through burn.
        assertThat(top.total()).isGreaterThan(profile.methods().samples() / 2);
    }

    @Test
    void workBeforeTheFirstRequestIsLeftOutOfTheProfileAndCounted() {
        String svg = FlameGraphSvg.render(profile.flame(), 0, Integer.MAX_VALUE);

        assertThat(samplesThrough("burnCpuBeforeAnyRequest")).isNotEmpty();
        assertThat(svg).doesNotContain("burnCpuBeforeAnyRequest");
        assertThat(profile.samplesOutsideWindow()).isGreaterThanOrEqualTo(samplesThrough("burnCpuBeforeAnyRequest").size());
        assertThat(profile.routes().samples()).isEqualTo(data.samples().size() - profile.samplesOutsideWindow());
    }

    @Test
    void everySampleOfTheRequestsHotMethodIsAttributedToItsRouteAndNoneOfTheBackgroundOnes() {
        RouteAttribution attribution = new RouteAttribution(data.requests());
        List<StackSample> inside = samplesThrough("burnCpuInsideRequest");
        List<StackSample> outside = samplesThrough("burnCpuOutsideRequests");

        assertThat(inside).hasSizeGreaterThan(10)
                .allSatisfy(s -> assertThat(attribution.spanOf(s)).hasValueSatisfying(span -> assertThat(span.route()).isEqualTo("GET /hot")));
        assertThat(outside).isNotEmpty().allSatisfy(s -> assertThat(attribution.spanOf(s)).isEmpty());
    }

    @Test
    void routesCountTheirRequestsAndCpuAndTheRestIsOutsideAnyRequest() {
        RouteCpu cpu = profile.routes();
        RouteTotal hot = route(cpu, "GET /hot");
        RouteTotal idle = route(cpu, "GET /idle");

        assertThat(hot.requests()).isEqualTo(KnownWorkload.HOT_REQUESTS);
        assertThat(idle.requests()).isEqualTo(KnownWorkload.IDLE_REQUESTS);
        assertThat(idle.samples()).isLessThan(hot.samples() / 10);
        // 200 ms of CPU per hot request at most; a busy machine lets the sampler see less of it, never more.
        assertThat(cpu.cpuMsPerRequest(hot.samples(), hot.requests()).orElseThrow()).isBetween(30.0, 230.0);
        assertThat(cpu.outsideByThreads()).extracting(ThreadGroupRow::threads).contains("background-job-#");
        assertThat(cpu.outside()).isEqualTo(cpu.samples() - hot.samples() - idle.samples());
        assertThat(cpu.minutes()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.route()).isIn("GET /hot", "GET /idle"));
    }

    @Test
    void sqlIsListedPerDistinctTextByTotalTimeWithItsCount() {
        assertThat(profile.statements()).extracting(SqlRow::sql).containsExactly("select slow", "select medium", "select fast");
        assertThat(profile.statements()).extracting(SqlRow::count).containsExactly(3L, 1L, 10L);
        SqlRow slow = profile.statements().getFirst();
        assertThat(slow.totalMs()).isGreaterThanOrEqualTo(90);
        assertThat(slow.maxMs()).isGreaterThanOrEqualTo(slow.p95Ms()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void allocationsNameTheClassAllocatedAsJavaWritesIt() {
        assertThat(profile.allocations().byClass()).extracting(WeightRow::name).contains("byte[]");
        assertThat(profile.allocations().bytes()).isPositive();
    }

    @Test
    void theProfilePageIsOneFileThatLoadsNothingAndTheConsoleSummaryNamesTheTopMethodAndRoutes() throws Exception {
        String summary = Profiler.write(run);
        String html = Files.readString(run.resolve(Profiler.FILE));

        assertThat(html).doesNotContainPattern(Pattern.compile("(?i)<script"))
                .doesNotContainPattern(Pattern.compile("(?i)<link[^>]+href=\"(?!data:)"))
                .doesNotContainPattern(Pattern.compile("(?i)(src|href)=\"(https?:)?//"))
                .contains("<svg class=\"flame\"").contains("GET /hot").contains("select slow")
                .contains("not comparable");
        assertThat(summary).contains("KnownWorkload.burn").contains("GET /hot").contains("outside any request");
    }

    private static List<StackSample> samplesThrough(String method) {
        return data.samples().stream()
                .filter(s -> java.util.Arrays.stream(s.frames()).mapToObj(data.frames()::name).anyMatch(n -> n.endsWith("." + method)))
                .toList();
    }

    private static RouteTotal route(RouteCpu cpu, String route) {
        return cpu.routes().stream().filter(r -> r.route().equals(route)).findFirst().orElseThrow();
    }
}
