package io.examday.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.examday.harness.run.RunFixture;
import io.examday.harness.scenario.ScenarioFile;
import io.examday.harness.simulation.support.HarnessSettings;
import io.examday.harness.simulation.support.InjectorSlice;
import io.examday.harness.simulation.support.ProjectPaths;
import io.examday.harness.threshold.TestThresholds;
import io.examday.harness.threshold.ThresholdFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker/k8s, the cluster run, against the harness it runs: the Indexed Job has one pod per slice the harness
 * accepts, the pods run the project's own scripts in the image's folder, every variable those scripts need is given
 * and every one given is read, the values are ones the harness accepts, and the gate Job's script judges the shared
 * run folder, naming an injector that never reported.
 */
class ClusterRunTest {

    private static final Path ROOT = new ProjectPaths(Path.of("")).root();
    private static final Path K8S = ROOT.resolve("docker/k8s");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z_]+):\\?");
    private static final Pattern READ = Pattern.compile("\\$\\{?([A-Z_]+)");
    private static final Pattern PROPERTY = Pattern.compile("\\s-D([A-Za-z.]+)=");
    private static final String INDEX_ANNOTATION = "metadata.annotations['batch.kubernetes.io/job-completion-index']";

    private final Map<String, JsonNode> manifests = manifests();

    @Test
    void theIndexedJobRunsOneNeverRetriedPodPerSliceOfTheRun() {
        JsonNode job = manifest("Job/examday-injectors").path("spec");
        int injectors = Integer.parseInt(run().path("INJECTORS").asString());

        assertThat(job.path("completionMode").asString()).isEqualTo("Indexed");
        assertThat(job.path("completions").asInt()).isEqualTo(injectors);
        assertThat(job.path("parallelism").asInt()).isEqualTo(injectors);
        assertThat(injectors).isBetween(1, 8);
        for (int i = 0; i < injectors; i++) {
            assertThat(new InjectorSlice(i, injectors).split()).isEqualTo(injectors > 1);
        }
        for (String name : List.of("Job/examday-injectors", "Job/examday-gate")) {
            assertThat(manifest(name).path("spec").path("backoffLimit").asInt(-1)).as(name).isZero();
            assertThat(pod(name).path("restartPolicy").asString()).as(name).isEqualTo("Never");
        }
    }

    @Test
    void eachPodTakesItsSliceFromItsCompletionIndex() throws IOException {
        JsonNode index = env(container("Job/examday-injectors")).get("JOB_COMPLETION_INDEX");

        assertThat(index).isNotNull();
        assertThat(index.path("valueFrom").path("fieldRef").path("fieldPath").asString()).isEqualTo(INDEX_ANNOTATION);
        assertThat(script("cluster-injector")).contains("index=${JOB_COMPLETION_INDEX:?");
    }

    @Test
    void bothJobsRunTheProjectsScriptsInTheImageAndShareOneRunFolder() throws IOException {
        String dockerfile = Files.readString(K8S.resolve("harness.Dockerfile"));
        String workdir = only(Pattern.compile("(?m)^WORKDIR (\\S+)"), dockerfile);
        String image = only(Pattern.compile("docker build -f docker/k8s/harness.Dockerfile -t (\\S+) \\."),
                Files.readString(ROOT.resolve("README.md")));

        Map<String, String> scripts = Map.of("Job/examday-injectors", "simulations/bin/cluster-injector",
                "Job/examday-gate", "simulations/bin/cluster-gate");
        scripts.forEach((name, script) -> {
            JsonNode container = container(name);
            assertThat(container.path("command").get(0).asString()).as(name).isEqualTo(workdir + "/" + script);
            assertThat(ROOT.resolve(script)).as(script).isExecutable();
            assertThat(container.path("image").asString()).as(name).isEqualTo(image + ":latest");
            assertThat(container.path("volumeMounts").get(0).path("mountPath").asString()).as(name)
                    .isEqualTo(workdir + "/reports");
            assertThat(pod(name).path("volumes").get(0).path("persistentVolumeClaim").path("claimName").asString())
                    .as(name).isEqualTo(manifest("PersistentVolumeClaim/examday-reports").path("metadata").path("name").asString());
            assertThat(pod(name).path("securityContext").path("runAsUser").asString()).as(name)
                    .isEqualTo(only(Pattern.compile("useradd --system --uid (\\d+)"), dockerfile));
        });
        assertThat(manifest("PersistentVolumeClaim/examday-reports").path("spec").path("accessModes").toString())
                .contains("ReadWriteMany");
        for (String source : matches(Pattern.compile("(?m)^COPY (\\S+) "), dockerfile)) {
            assertThat(ROOT.resolve(source)).as("COPY " + source).exists();
        }
        assertThat(matches(Pattern.compile("(?m)^COPY (\\S+) "), dockerfile)).contains("scenarios", "thresholds");
    }

    @Test
    void everyVariableTheScriptsRequireIsGivenAndEveryOneGivenIsRead() throws IOException {
        Set<String> given = new TreeSet<>(run().propertyNames());
        String pod = script("cluster-injector");
        String gate = script("cluster-gate");

        Set<String> podGiven = new TreeSet<>(given);
        podGiven.addAll(env(container("Job/examday-injectors")).keySet());
        assertThat(podGiven).containsAll(matches(REQUIRED, pod));
        assertThat(given).containsAll(matches(REQUIRED, gate));
        for (String passedOn : matches(REQUIRED, script("injector"))) {
            assertThat(pod).as("cluster-injector gives injector " + passedOn).containsPattern("\\b" + passedOn + "=\\S");
        }
        assertThat(matches(READ, pod + script("injector") + gate)).containsAll(given);

        JsonNode secret = container("Job/examday-injectors").path("envFrom").findValue("secretRef");
        assertThat(Files.readString(ROOT.resolve("README.md")))
                .contains("kubectl create secret generic " + secret.path("name").asString() + " --from-literal=EXAMDAY_SEED_SECRET=");
    }

    @Test
    void theRunsValuesAreOnesTheHarnessAcceptsAndItsTargetNeedsTheOptIn() {
        JsonNode run = run();
        URI target = URI.create(run.path("TARGET").asString());

        var scenario = ScenarioFile.load(ROOT.resolve("scenarios").resolve(run.path("SCENARIO").asString() + ".yaml"));
        assertThatCode(() -> ThresholdFile.load(ROOT.resolve(run.path("THRESHOLDS").asString()))).doesNotThrowAnyException();
        assertThatCode(() -> HarnessSettings.requireAllowed(target, run.path("EXAMDAY_REMOTE_TARGET").asString()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> HarnessSettings.requireAllowed(target, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(URI.create(run.path("METRICS").asString()).getHost()).isEqualTo(target.getHost());

        // The gate waits the scenario's length and an hour by default; neither Job may be stopped before that.
        long injectorsDeadline = manifest("Job/examday-injectors").path("spec").path("activeDeadlineSeconds").asLong();
        long gateDeadline = manifest("Job/examday-gate").path("spec").path("activeDeadlineSeconds").asLong();
        assertThat(injectorsDeadline).isGreaterThanOrEqualTo(scenario.timetable().end().toSeconds() + 3600);
        assertThat(gateDeadline).isGreaterThanOrEqualTo(injectorsDeadline + 1800);
    }

    @Test
    void theInjectorScriptSharedByLoadRunAndThePodsPassesOnlyPropertiesTheHarnessReads() throws IOException {
        List<String> passed = matches(PROPERTY, script("injector"));

        assertThat(passed).contains("injector", "injectors", "remoteTarget", "target", "runDir");
        for (String property : passed) {
            if (!property.equals("gatling.simulationClass")) {
                assertThat(HarnessSettings.PROPERTIES).as("-D" + property).contains(property);
            }
        }
        assertThat(script("load-run")).contains("simulations/bin/injector").doesNotContain("gatling:test");
        assertThat(script("cluster-injector")).contains("simulations/bin/injector");
    }

    @Test
    void theGateJobJudgesTheSharedRunFolderAndNamesAnInjectorThatNeverReported() throws Exception {
        Path reports = Files.createDirectories(ROOT.resolve("reports").resolve("cluster-run-test-" + ProcessHandle.current().pid()));
        try {
            Path thresholds = Files.writeString(reports.resolve("thresholds.yaml"), TestThresholds.yaml());
            Path run = RunFixture.split(reports, new RunFixture(), new RunFixture());
            Files.createDirectories(run.resolve("exits"));
            Files.writeString(run.resolve("exits/0"), "0\n");
            String runId = reports.getFileName() + "/" + run.getFileName();

            Gated missing = clusterGate(runId, thresholds);
            assertThat(missing.output()).contains("Injector 1 never reported");
            assertThat(missing.status()).isEqualTo(2);
            assertThat(checkStatus(run, "delivery.gatling-exit")).isEqualTo("INCONCLUSIVE");

            Files.writeString(run.resolve("exits/1"), "0\n");
            Gated both = clusterGate(runId, thresholds);
            assertThat(both.output()).doesNotContain("never reported").contains("Report: reports/" + runId + "/index.html");
            assertThat(checkStatus(run, "delivery.gatling-exit")).isEqualTo("PASS");
            assertThat(checkStatus(run, "delivery.injectors")).isEqualTo("PASS");
            assertThat(run.resolve("index.html")).isRegularFile();
        } finally {
            try (Stream<Path> files = Files.walk(reports)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Gated(int status, String output) {}

    private static Gated clusterGate(String runId, Path thresholds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("simulations/bin/cluster-gate").toString())
                .directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("SCENARIO", "smoke", "INJECTORS", "2", "RUN_ID", runId,
                "THRESHOLDS", thresholds.toString(), "GATE_WAIT_SECONDS", "0"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Gated(process.exitValue(), output);
    }

    private static String checkStatus(Path run, String id) throws IOException {
        for (JsonNode check : JsonMapper.builder().build().readTree(run.resolve("verdict.json").toFile()).path("checks")) {
            if (check.path("id").asString().equals(id)) {
                return check.path("status").asString();
            }
        }
        throw new AssertionError(id + " is not in verdict.json");
    }

    private static Map<String, JsonNode> manifests() {
        Map<String, JsonNode> found = new HashMap<>();
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (JsonNode document : YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll()) {
                    found.put(document.path("kind").asString() + "/" + document.path("metadata").path("name").asString(), document);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("docker/k8s cannot be read", e);
        }
        return found;
    }

    private JsonNode manifest(String kindAndName) {
        assertThat(manifests).as("docker/k8s").containsKey(kindAndName);
        return manifests.get(kindAndName);
    }

    private JsonNode run() {
        return manifest("ConfigMap/examday-run").path("data");
    }

    private JsonNode pod(String job) {
        return manifest(job).path("spec").path("template").path("spec");
    }

    private JsonNode container(String job) {
        return pod(job).path("containers").get(0);
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asString(), e));
        return env;
    }

    private static String script(String name) throws IOException {
        return Files.readString(ROOT.resolve("simulations/bin").resolve(name));
    }

    private static String only(Pattern pattern, String text) {
        List<String> found = matches(pattern, text);
        assertThat(found).as(pattern.pattern()).hasSize(1);
        return found.getFirst();
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
