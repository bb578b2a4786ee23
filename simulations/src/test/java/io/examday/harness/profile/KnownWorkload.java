package io.examday.harness.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;

/**
 * A real flight recording of known work, made in-process, in this order: CPU burnt in
 * {@link #burnCpuBeforeAnyRequest} (as a portal's start-up), three "GET /idle" requests that only sleep, CPU burnt in
 * {@link #burnCpuOutsideRequests} on a platform thread in no request, SQL events of known durations, and five
 * "GET /hot" requests that each burn CPU in {@link #burnCpuInsideRequest} on a virtual thread of their own.
 */
final class KnownWorkload {

    static final int HOT_REQUESTS = 5;
    static final int IDLE_REQUESTS = 3;
    static final Duration PERIOD = Duration.ofMillis(15);
    /** Read by no one: keeps the JIT from removing the loops. */
    static volatile long sink;

    private KnownWorkload() {}

    static Path record(Path dir) throws Exception {
        Path file = dir.resolve("portal.jfr");
        try (Recording recording = new Recording()) {
            // Not the JDK's default periods (10 or 20 ms): proves the harness reads the period from the recording.
            recording.enable("jdk.ExecutionSample").withPeriod(PERIOD);
            recording.enable("jdk.ActiveSetting");   // on in settings=profile: where the period is read from
            recording.enable("jdk.ObjectAllocationSample").with("throttle", "1000/s");
            recording.enable(RouteServedLike.class);
            recording.enable(SqlStatementLike.class);
            recording.start();
            burnCpuBeforeAnyRequest(Duration.ofMillis(300));
            for (int i = 0; i < IDLE_REQUESTS; i++) {
                request("GET", "/idle", () -> sleep(Duration.ofMillis(30)));
            }
            Thread outside = Thread.ofPlatform().name("background-job-1").start(() -> burnCpuOutsideRequests(Duration.ofMillis(400)));
            outside.join();
            // 150 ms in all against medium's 45: a sleep that overshoots on a busy machine cannot swap their order.
            statement("select slow", 3, Duration.ofMillis(50));
            statement("select medium", 1, Duration.ofMillis(45));
            statement("select fast", 10, Duration.ofMillis(1));
            for (int i = 0; i < HOT_REQUESTS; i++) {
                request("GET", "/hot", () -> burnCpuInsideRequest(Duration.ofMillis(200)));
            }
            recording.stop();
            recording.dump(file);
        }
        return file;
    }

    /** A run folder holding the recording where the portal's would be. */
    static Path runFolder(Path reports) throws Exception {
        Path run = Files.createDirectories(reports.resolve("smoke-20260101-000000/server")).getParent();
        Files.move(record(reports), run.resolve(Profiler.RECORDING));
        return run;
    }

    private static void request(String method, String route, Runnable work) throws InterruptedException {
        Thread.ofVirtual().start(() -> {
            RouteServedLike event = new RouteServedLike();
            event.begin();
            work.run();
            event.method = method;
            event.route = route;
            event.commit();
        }).join();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void statement(String sql, int times, Duration each) {
        for (int i = 0; i < times; i++) {
            SqlStatementLike event = new SqlStatementLike();
            event.begin();
            sleep(each);
            event.sql = sql;
            event.statements = 1;
            event.commit();
        }
    }

    static void burnCpuInsideRequest(Duration howLong) {
        burn(howLong);
    }

    static void burnCpuBeforeAnyRequest(Duration howLong) {
        burn(howLong);
    }

    static void burnCpuOutsideRequests(Duration howLong) {
        burn(howLong);
    }

    /** Spins and allocates, so both the CPU and the allocation sampler see it. */
    private static void burn(Duration howLong) {
        long end = System.nanoTime() + howLong.toNanos();
        long acc = 0;
        while (System.nanoTime() < end) {
            byte[] chunk = new byte[4096];
            for (int i = 0; i < 10_000; i++) {
                acc += (i * 31L) ^ acc;
            }
            acc += chunk.length;
        }
        sink = acc;
    }
}
