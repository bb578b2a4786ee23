package io.examday.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.gate.JunitXml;
import io.examday.harness.gate.Outcome;
import io.examday.harness.gate.VerdictFiles;
import io.examday.harness.report.Report;
import io.examday.harness.simulation.support.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The CI recipes under docker/ci as a pipeline would run them: every command they run exists, every scenario they
 * gate is a scenario, the files they keep are the files a judged run writes, and their gated run tells the verdicts
 * apart by the harness's own exit statuses.
 */
class CiRecipesTest {

    private static final Path ROOT = new ProjectPaths(Path.of("")).root();
    private static final Path GITHUB = ROOT.resolve("docker/ci/github-actions.yml");
    private static final Path GITLAB = ROOT.resolve("docker/ci/gitlab-ci.yml");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern MAKE_VERB = Pattern.compile("\\bmake\\s+([a-z0-9-]+)");
    private static final Pattern SCRIPT = Pattern.compile("((?:docker/ci|simulations/bin)/[a-z0-9-]+)");
    private static final Pattern GATED = Pattern.compile("docker/ci/gated-run\\s+([a-z0-9-]+)");

    @TempDir
    Path tree;

    @Test
    void everyMakeVerbTheRecipesRunIsAVerbOfTheMakefile() throws IOException {
        String makefile = Files.readString(ROOT.resolve("Makefile"));
        List<String> verbs = matches(MAKE_VERB, commands());

        assertThat(verbs).isNotEmpty();
        for (String verb : verbs) {
            assertThat(makefile).as("make " + verb).containsPattern("(?m)^" + Pattern.quote(verb) + ":");
        }
    }

    @Test
    void everyScriptTheRecipesRunIsAnExecutableOfTheProject() throws IOException {
        List<String> scripts = matches(SCRIPT, commands());

        assertThat(scripts).contains("docker/ci/debian-tools", "docker/ci/gated-run");
        for (String script : scripts) {
            assertThat(ROOT.resolve(script)).as(script).isExecutable();
        }
        assertThat(Files.readString(ROOT.resolve("docker/ci/gated-run"))).contains("simulations/bin/load-run \"$scenario\"");
    }

    @Test
    void everyScenarioTheRecipesGateIsAScenarioFile() throws IOException {
        List<String> gated = matches(GATED, commands());

        assertThat(gated).contains("smoke", "exam-day-10k");
        for (String scenario : gated) {
            assertThat(ROOT.resolve("scenarios").resolve(scenario + ".yaml")).as(scenario).isRegularFile();
        }
    }

    @Test
    void theFilesTheRecipesKeepAreTheFilesAJudgedRunWrites() throws IOException {
        List<String> kept = new ArrayList<>();
        for (JsonNode job : jobs(GITHUB)) {
            for (JsonNode step : job.path("steps")) {
                if (step.path("uses").asString("").startsWith("actions/upload-artifact")) {
                    step.path("with").path("path").asString().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(kept::add);
                }
            }
        }
        YAML.readTree(GITLAB.toFile()).path(".examday-tools").path("artifacts").path("paths").forEach(p -> kept.add(p.asString()));

        List<String> written = List.of(Report.FILE, VerdictFiles.FILE, JunitXml.FILE);
        assertThat(kept).hasSize(9);
        for (String path : kept) {
            assertThat(path).as(path).matches("reports/\\$(\\{\\{ env\\.)?RUN_ID( }})?/[a-z.]+");
            assertThat(written).as(path).contains(path.substring(path.lastIndexOf('/') + 1));
        }
    }

    @Test
    void everyGatedJobNamesItsRunFolder() throws IOException {
        for (JsonNode job : jobs(GITHUB)) {
            if (job.toString().contains("gated-run")) {
                assertThat(job.path("env").path("RUN_ID").asString()).as(job.toString()).isNotEmpty();
            }
        }
        for (var job : YAML.readTree(GITLAB.toFile()).properties()) {
            if (job.getValue().path("script").toString().contains("gated-run")) {
                assertThat(job.getValue().path("variables").path("RUN_ID").asString()).as(job.getKey()).isNotEmpty();
            }
        }
    }

    @Test
    void theGatedRunEndsWithTheVerdictsOwnExitStatusAndSaysWhichItWas() throws Exception {
        assertThat(gatedRun(Outcome.PASS.exitCode())).contains("Verdict PASS");
        assertThat(gatedRun(Outcome.FAIL.exitCode())).contains("Verdict FAIL: the portal missed a threshold");
        assertThat(gatedRun(Outcome.INCONCLUSIVE.exitCode())).contains("Verdict INCONCLUSIVE: no evidence either way");
        assertThat(gatedRun(3)).contains("The run could not happen (load-run exit 3)");
    }

    /** docker/ci/gated-run in a copy of the tree whose load-run exits with {@code status}; its output. */
    private String gatedRun(int status) throws Exception {
        Path script = Files.createDirectories(tree.resolve("docker/ci")).resolve("gated-run");
        Files.copy(ROOT.resolve("docker/ci/gated-run"), script, StandardCopyOption.REPLACE_EXISTING);
        Path loadRun = Files.createDirectories(tree.resolve("simulations/bin")).resolve("load-run");
        Files.writeString(loadRun, "#!/usr/bin/env bash\nmkdir -p reports/$RUN_ID && touch reports/$RUN_ID/index.html\nexit "
                + status + "\n");
        Files.setPosixFilePermissions(loadRun, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "smoke").directory(tree.toFile())
                .redirectErrorStream(true);
        builder.environment().put("RUN_ID", "ci-" + status);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(status);
        assertThat(output).contains("Report: reports/ci-" + status + "/index.html");
        return output;
    }

    /** Every command line either recipe runs. */
    private static List<String> commands() throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode job : jobs(GITHUB)) {
            job.path("steps").forEach(step -> step.path("run").asString("").lines().forEach(lines::add));
        }
        for (JsonNode job : YAML.readTree(GITLAB.toFile())) {
            for (String part : List.of("before_script", "script", "after_script")) {
                job.path(part).forEach(line -> lines.add(line.asString()));
            }
        }
        return lines;
    }

    private static List<JsonNode> jobs(Path workflow) throws IOException {
        List<JsonNode> jobs = new ArrayList<>();
        YAML.readTree(workflow.toFile()).path("jobs").forEach(jobs::add);
        assertThat(jobs).as(workflow + " jobs").isNotEmpty();
        return jobs;
    }

    private static List<String> matches(Pattern pattern, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
