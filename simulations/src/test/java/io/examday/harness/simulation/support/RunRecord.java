package io.examday.harness.simulation.support;

import com.sun.management.OperatingSystemMXBean;
import io.examday.harness.baseline.MachineSpeed;
import io.examday.harness.scenario.ImpliedLoad;
import io.examday.harness.scenario.Scenario;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code run.json}: what was run, against what, expecting what, on which machine; begun before the load and
 * completed after it with the real phases. The judge reads it to know what the run claimed to deliver.
 */
public final class RunRecord {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;
    private final ObjectNode root;

    private RunRecord(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    public static RunRecord begin(Path runDir, Scenario scenario, HarnessSettings settings, Instant startedAt,
            Instant plannedEnd, PhaseClock phases, Optional<RehearsalRun.Outcome> rehearsal) {
        ObjectNode root = JSON.createObjectNode();
        root.put("runId", runDir.getFileName().toString());
        root.put("scenario", scenario.name());
        root.put("scenarioFile", scenario.file().toString());
        root.put("workload", scenario.workload().word());
        root.put("target", settings.target().toString());
        root.put("metricsUrl", settings.metricsUrl());
        root.put("startedAt", startedAt.toString());
        root.putNull("endedAt");
        root.put("timeCompression", scenario.timeCompression());
        ImpliedLoad implied = scenario.implied();
        ObjectNode expected = root.putObject("expected");
        expected.put("candidates", scenario.cohort().candidates());
        expected.put("peakConcurrentCandidates", implied.peakConcurrentCandidates());
        expected.put("requests", implied.requests());
        expected.put("middleRequestsPerSecond", round(implied.middleRequestsPerSecond()));
        expected.put("startStormRequestsPerSecond", round(implied.startStormRequestsPerSecond()));
        expected.put("submitStormRequestsPerSecond", round(implied.submitStormRequestsPerSecond()));
        expected.put("reSignInRequestsPerSecond", round(implied.reSignInRequestsPerSecond()));
        // Beside the candidates' requests, never among them: the gate then knows an attack's answers must be there.
        scenario.attack().ifPresent(attack -> expected.put("attackGuesses", attack.plannedGuesses()));
        rehearsal.ifPresent(outcome -> root.put("rehearsal", outcome.describe()));
        RunRecord record = new RunRecord(runDir.resolve("run.json"), root);
        record.putPhases(phases.planned(plannedEnd));
        record.putFullLoad(Optional.of(phases.plannedFullLoad()));
        ObjectNode injector = root.putObject("injector");
        injector.put("jvms", settings.slice().count());
        injector.put("gatlingVersion", Optional.ofNullable(Simulation.class.getPackage().getImplementationVersion()).orElse("unknown"));
        injector.put("javaVersion", Runtime.version().toString());
        injector.put("cores", Runtime.getRuntime().availableProcessors());
        injector.put("maxHeap", Runtime.getRuntime().maxMemory());
        injector.put("connections", scenario.connections().describe());
        ObjectNode machine = root.putObject("machine");
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryBytes", ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize());
        machine.put("hostname", hostname());
        machine.put(MachineSpeed.FIELD, settings.machineSpeedMs().orElseGet(MachineSpeed::measureMs));
        record.write();
        return record;
    }

    /**
     * {@code routes}: the request names this scenario's journeys can send, and every one the harness knows, so the
     * gate can tell a budget for a renamed route from one for a route this scenario does not send.
     */
    public void routes(Collection<String> sent, Collection<String> known) {
        ObjectNode routes = root.putObject("routes");
        sent.stream().sorted().forEach(routes.putArray("sent")::add);
        known.stream().sorted().forEach(routes.putArray("known")::add);
        write();
    }

    public void end(Instant endedAt, List<PhaseClock.Phase> phases, Optional<PhaseClock.Window> fullLoad,
            Optional<PhaseClock.Window> reSignIn) {
        root.put("endedAt", endedAt.toString());
        putPhases(phases);
        putFullLoad(fullLoad);
        reSignIn.ifPresent(window -> root.set("reSignIn", window(window)));
        write();
    }

    private void putPhases(List<PhaseClock.Phase> phases) {
        ArrayNode list = root.putArray("phases");
        for (PhaseClock.Phase phase : phases) {
            list.addObject().put("name", phase.name()).put("from", phase.from().toString()).put("to", phase.to().toString());
        }
    }

    private void putFullLoad(Optional<PhaseClock.Window> fullLoad) {
        if (fullLoad.isPresent()) {
            root.set("fullLoad", window(fullLoad.get()));
        } else {
            root.putNull("fullLoad");
        }
    }

    private static ObjectNode window(PhaseClock.Window window) {
        return JSON.createObjectNode().put("from", window.from().toString()).put("to", window.to().toString());
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static double round(double rate) {
        return Math.round(rate * 10) / 10.0;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
