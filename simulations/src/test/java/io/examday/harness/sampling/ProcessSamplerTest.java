package io.examday.harness.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /proc parsing and classification, on a /proc laid out in a folder as Linux lays it out. */
class ProcessSamplerTest {

    private static final String PORTAL_PID = "4242";

    @TempDir
    Path proc;

    @Test
    void machineTicksCountEveryStateButIdleAndIowaitAsBusy() {
        ProcText.MachineTicks t = ProcText.machine("""
                cpu  100 5 50 800 40 3 2 0 7 0
                cpu0 50 2 25 400 20 1 1 0 3 0
                cpu1 50 3 25 400 20 2 1 0 4 0
                intr 12345
                """);

        assertThat(t.total()).isEqualTo(100 + 5 + 50 + 800 + 40 + 3 + 2);
        assertThat(t.busy()).isEqualTo(100 + 5 + 50 + 3 + 2);
        assertThat(t.cores()).isEqualTo(2);
    }

    @Test
    void processTicksAreUserPlusSystemEvenWhenTheNameHoldsSpacesAndParentheses() {
        ProcText.ProcessTicks t = ProcText.process(77, "77 (Web Content (x)) S 1 77 77 0 -1 4194304 100 0 0 0 1234 567 0 0 20 0 30 0 999");

        assertThat(t.comm()).isEqualTo("Web Content (x)");
        assertThat(t.parent()).isEqualTo(1);
        assertThat(t.ticks()).isEqualTo(1234 + 567);
    }

    @Test
    void aTruncatedStatLineIsRefused() {
        assertThatThrownBy(() -> ProcText.process(5, "5 (java) S 1 2")).hasMessageContaining("/proc/5/stat");
    }

    @Test
    void listeningSocketsAreFoundByHexPortInEitherTable() {
        String tcp = """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 55501 1 0
                   1: 0100007F:1F91 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000        0 55502 1 0
                   2: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 55503 1 0
                """;

        assertThat(ProcText.listening(tcp, 8081)).containsExactly(55501L);
        assertThat(ProcText.socketInode("socket:[55501]")).contains(55501L);
        assertThat(ProcText.socketInode("/dev/null")).isEmpty();
    }

    @Test
    void theHarnessJvmWithGatlingOnItsClassPathIsNotTheInjector() {
        assertThat(ProcessClass.of("java", List.of("java", "-cp", "/m2/io/gatling/gatling-core.jar", "io.examday.harness.Harness", "sample")))
                .isEqualTo(ProcessClass.OTHER);
        assertThat(ProcessClass.of("java", List.of("java", "-cp", "x.jar", "io.gatling.app.Gatling", "-s", "ExamDaySimulation")))
                .isEqualTo(ProcessClass.INJECTOR);
        assertThat(ProcessClass.of("postgres", List.of("postgres: examday examday 127.0.0.1(5000) idle"))).isEqualTo(ProcessClass.POSTGRES);
        assertThat(ProcessClass.of("redis-server-6.", List.of("/tmp/redis-server-6.2.11", "--port", "16379"))).isEqualTo(ProcessClass.REDIS);
    }

    @Test
    void cpuUsedBetweenSamplesIsSplitByClassWithThePortalFoundByItsListeningPort() throws IOException {
        machine(1000, 4000);
        process(PORTAL_PID, "java", 500, "java\0-jar\0app.jar", "socket:[55501]");
        process("300", "postgres", 100, "postgres: idle", null);
        process("301", "redis-server-6.", 10, "redis-server", null);
        process("400", "java", 200, "java\0io.gatling.app.Gatling", null);
        process("500", "bash", 50, "bash", null);
        Files.writeString(Files.createDirectories(proc.resolve("net")).resolve("tcp"), """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 55501 1 0
                """);
        ProcessSampler sampler = new ProcessSampler(proc, Set.of(8081));

        assertThat(sampler.sample(1_000)).isEmpty();
        machine(1300, 4400);
        process(PORTAL_PID, "java", 600, null, null);
        process("300", "postgres", 150, null, null);
        process("301", "redis-server-6.", 12, null, null);
        process("400", "java", 260, null, null);
        process("500", "bash", 50, null, null);
        process("302", "postgres", 20, "postgres: new backend", null); // born since the first sample
        Optional<ProcessLine> line = sampler.sample(3_000);

        assertThat(line).isPresent();
        ProcessLine l = line.get();
        assertThat(l.from()).isEqualTo(1_000);
        assertThat(l.at()).isEqualTo(3_000);
        assertThat(l.capacity()).isEqualTo(400);
        assertThat(l.machine()).isEqualTo(300);
        assertThat(l.used()).containsEntry("portal", 100L).containsEntry("postgres", 70L).containsEntry("redis", 2L)
                .containsEntry("injector", 60L).containsEntry("other", 0L);
        assertThat(l.processes()).containsEntry("postgres", 2).containsEntry("portal", 1);
        assertThat(l.portal()).contains("port 8081").contains(PORTAL_PID);
    }

    @Test
    void withoutAListenerThePortalIsFoundByItsJar() throws IOException {
        machine(1000, 4000);
        process("900", "java", 500, "java\0-Xmx4g\0-jar\0portal-app/target/portal-app.jar", null);
        ProcessSampler sampler = new ProcessSampler(proc, Set.of(8081));
        sampler.sample(0);
        machine(1100, 4400);
        process("900", "java", 540, null, null);

        ProcessLine l = sampler.sample(2_000).orElseThrow();

        assertThat(l.used()).containsEntry("portal", 40L);
        assertThat(l.portal()).contains("portal-app.jar");
    }

    @Test
    void aPostgresThePortalIsNotConnectedToCountsAsOtherWhileItsOwnAndItsBackendsCountAsPostgres() throws IOException {
        machine(1000, 4000);
        process(PORTAL_PID, "java", 1, 500, "java\0-jar\0app.jar", "socket:[55501]", "socket:[60001]");
        process("300", "postgres", 1, 100, "postgres", "socket:[70001]");
        process("303", "postgres", 300, 100, "postgres: examday examday 127.0.0.1(53248) idle");
        process("310", "postgres", 1, 100, "postgres", "socket:[80001]");
        Files.writeString(Files.createDirectories(proc.resolve("net")).resolve("tcp"), """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 55501 1 0
                   1: 0100007F:D000 0100007F:3C58 01 00000000:00000000 00:00000000 00000000  1000        0 60001 1 0
                   2: 0100007F:3C58 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 70001 1 0
                   3: 0100007F:1538 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 80001 1 0
                """);
        ProcessSampler sampler = new ProcessSampler(proc, Set.of(8081));
        sampler.sample(0);
        machine(1300, 4400);
        process("300", "postgres", 1, 110, null);
        process("303", "postgres", 300, 130, null);
        process("310", "postgres", 1, 200, null);

        ProcessLine l = sampler.sample(2_000).orElseThrow();

        assertThat(l.used()).containsEntry("postgres", 40L).containsEntry("other", 100L);
        assertThat(l.processes()).containsEntry("postgres", 2);
        assertThat(l.portal()).contains("postgres pid [300]");
    }

    @Test
    void throughTheStackEveryInstanceOnAScrapedPortCountsAsPortalAndNginxAsTheSystemUnderTest() throws IOException {
        machine(1000, 4000);
        process("900", "java", 100, "java\0-jar\0portal-app.jar", "socket:[55501]");
        process("901", "java", 100, "java\0-jar\0portal-app.jar", "socket:[55502]");
        process("950", "nginx", 10, "nginx: worker process", null);
        Files.writeString(Files.createDirectories(proc.resolve("net")).resolve("tcp"), """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 0100007F:46A1 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 55501 1 0
                   1: 0100007F:46AB 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 55502 1 0
                """);
        ProcessSampler stack = new ProcessSampler(proc, Set.of(18081, 18091));
        ProcessSampler onePortal = new ProcessSampler(proc, Set.of(18081));
        stack.sample(0);
        onePortal.sample(0);
        machine(1300, 4400);
        process("900", "java", 130, null, null);
        process("901", "java", 150, null, null);
        process("950", "nginx", 25, null, null);

        ProcessLine throughStack = stack.sample(2_000).orElseThrow();
        ProcessLine alone = onePortal.sample(2_000).orElseThrow();

        assertThat(throughStack.used()).containsEntry("portal", 80L).containsEntry("nginx", 15L).containsEntry("other", 0L);
        assertThat(throughStack.processes()).containsEntry("portal", 2).containsEntry("nginx", 1);
        // Beside one portal, an Nginx is not its front: another process on the machine.
        assertThat(alone.used()).containsEntry("portal", 30L).containsEntry("nginx", 0L).containsEntry("other", 65L);
    }

    @Test
    void anInstanceStartingAgainCountsAsThePortalBeforeItListensEvenWhenFirstSeenAsTheShellThatStartsIt() throws IOException {
        machine(1000, 4000);
        process("900", "java", 100, "java\0-jar\0portal-app.jar", "socket:[55501]");
        process("901", "bash", 5, "bash\0-c\0simulations/bin/zero-downtime", null);
        Files.writeString(Files.createDirectories(proc.resolve("net")).resolve("tcp"), """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 0100007F:46A1 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 55501 1 0
                """);
        ProcessSampler stack = new ProcessSampler(proc, Set.of(18081, 18091));
        stack.sample(0);
        machine(1300, 4400);
        process("900", "java", 130, null, null);
        // The shell exec'd the next instance's JVM (same pid, new name), which starts up without its ports yet.
        process("901", "java", 205, "java\0-Xmx1g\0-jar\0/tmp/next/portal-app/target/portal/portal-app.jar", null);

        ProcessLine line = stack.sample(2_000).orElseThrow();

        assertThat(line.used()).containsEntry("portal", 230L).containsEntry("other", 0L);
    }

    private void machine(long busy, long total) throws IOException {
        long idle = total - busy;
        Files.writeString(proc.resolve("stat"), "cpu  %d 0 0 %d 0 0 0 0 0 0\ncpu0 1 0 0 1 0 0 0 0 0 0\ncpu1 1 0 0 1 0 0 0 0 0 0\n"
                .formatted(busy, idle));
    }

    private void process(String pid, String comm, long ticks, String cmdline, String fdTarget) throws IOException {
        process(pid, comm, 1, ticks, cmdline, fdTarget == null ? new String[0] : new String[] {fdTarget});
    }

    /** Writes /proc/<pid>/stat with the ticks as utime (stime 0), and cmdline and fd links when given. */
    private void process(String pid, String comm, long parent, long ticks, String cmdline, String... fdTargets) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(pid));
        Files.writeString(dir.resolve("stat"), "%s (%s) S %d 1 1 0 -1 0 0 0 0 0 %d 0 0 0 20 0 1 0 100".formatted(pid, comm, parent, ticks));
        if (cmdline != null) {
            Files.write(dir.resolve("cmdline"), cmdline.getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < fdTargets.length; i++) {
            Path fd = Files.createDirectories(dir.resolve("fd"));
            Files.createSymbolicLink(fd.resolve(Integer.toString(3 + i)), Path.of(fdTargets[i]));
        }
    }
}
