package io.examday.harness;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.baseline.Baselines;
import io.examday.harness.baseline.MachineSpeed;
import io.examday.harness.capacity.CapacityRun;
import io.examday.harness.capacity.CapacityStep;
import io.examday.harness.gate.Gate;
import io.examday.harness.gate.JunitXml;
import io.examday.harness.gate.Outcome;
import io.examday.harness.gate.Verdict;
import io.examday.harness.gate.VerdictFiles;
import io.examday.harness.gate.VerdictTable;
import io.examday.harness.profile.Profiler;
import io.examday.harness.recording.InjectorMerge;
import io.examday.harness.report.Report;
import io.examday.harness.run.BadRunFolder;
import io.examday.harness.run.GatlingExit;
import io.examday.harness.run.Run;
import io.examday.harness.run.RunFolder;
import io.examday.harness.run.SpeedAfterRun;
import io.examday.harness.sampling.MetricsTarget;
import io.examday.harness.sampling.ProcessSampler;
import io.examday.harness.sampling.ServerLog;
import io.examday.harness.sampling.Sampler;
import io.examday.harness.threshold.Millis;
import io.examday.harness.threshold.ThresholdFile;
import io.examday.harness.threshold.ThresholdFileException;
import io.examday.harness.threshold.Thresholds;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The judge side's command line: {@code sample}, {@code gate}, {@code report}, {@code baseline}, {@code profile}.
 * Exit codes: 0 pass (or done), 1 fail, 2 inconclusive, 3 bad input.
 */
public final class Harness {

    static final int BAD_INPUT = 3;

    private static final String USAGE = """
            usage: java -cp <classpath> io.examday.harness.Harness <command> [options]
              sample   [--metrics URL | --metrics name=URL,name=URL...] --out RUNDIR [--interval 5s]
                       [--max-duration 2h] [--stop-file FILE]
                       scrape the portal's Prometheus endpoint (or each named instance's, its samples labelled
                       instance=name) into RUNDIR/server/metrics.jsonl, and (portal on this machine) CPU by
                       process from /proc into RUNDIR/server/processes.jsonl
                       (default URL http://127.0.0.1:8081/actuator/prometheus)
              gate     --run RUNDIR --thresholds FILE [--baseline FILE]
                       judge a run: verdict.json, junit.xml and index.html in RUNDIR
                       (default baseline: reports/baselines/<scenario>.json beside RUNDIR)
              check    --thresholds FILE
                       read a threshold file strictly and say what is wrong with it (file:line: field)
              report   --run RUNDIR      write RUNDIR/index.html
              baseline --run RUNDIR      promote a passing run to reports/baselines/<scenario>.json
              profile  --run RUNDIR      write RUNDIR/profile.html from the portal's flight recording
                       RUNDIR/server/portal.jfr (simulations/bin/profile, behind `make profile`)
              gatling-exit --run RUNDIR --status N
                       record Gatling's exit status in RUNDIR/run.json (gatlingExitStatus)
              merge-injectors --run RUNDIR
                       merge the injectors' recordings (RUNDIR/injectors/<n>/client) into RUNDIR/client
              speed [--after-run RUNDIR]
                       print how many ms this machine takes over a fixed piece of work (machine.speedMs); after a
                       run, also record it in RUNDIR/run.json (machine.speedAfterMs)
              capacity-plan --scenario FILE --steps "2000 5000 ..." --dir DIR
                       start a capacity search of FILE's shape in DIR/capacity.json (simulations/bin/capacity)
              capacity-next --dir DIR
                       print "N scenario-file" for the next cohort size (writing that file), nothing when done
              capacity-record --dir DIR --candidates N --run RUNDIR
                       add what the judged run RUNDIR showed at N candidates to DIR/capacity.json
              capacity-report --dir DIR
                       write DIR/index.html and print the search's answer
            exit codes: 0 pass, 1 fail, 2 inconclusive, 3 bad input""";

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    Harness(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(new Harness(System.out, System.err, Clock.systemUTC()).run(args));
    }

    int run(String... args) {
        if (args.length == 0) {
            return usage("no command");
        }
        List<String> options = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "sample" -> sample(Arguments.parse(options, Set.of("metrics", "out", "interval", "max-duration", "stop-file")));
                case "check" -> check(Arguments.parse(options, Set.of("thresholds")));
                case "gate" -> gate(Arguments.parse(options, Set.of("run", "thresholds", "baseline")));
                case "report" -> report(Arguments.parse(options, Set.of("run")));
                case "baseline" -> baseline(Arguments.parse(options, Set.of("run")));
                case "profile" -> profile(Arguments.parse(options, Set.of("run")));
                case "gatling-exit" -> gatlingExit(Arguments.parse(options, Set.of("run", "status")));
                case "merge-injectors" -> mergeInjectors(Arguments.parse(options, Set.of("run")));
                case "speed" -> speed(Arguments.parse(options, Set.of("after-run")));
                case "capacity-plan" -> capacityPlan(Arguments.parse(options, Set.of("scenario", "steps", "dir")));
                case "capacity-next" -> capacityNext(Arguments.parse(options, Set.of("dir")));
                case "capacity-record" -> capacityRecord(Arguments.parse(options, Set.of("dir", "candidates", "run")));
                case "capacity-report" -> capacityReport(Arguments.parse(options, Set.of("dir")));
                default -> usage("unknown command " + args[0]);
            };
        } catch (Arguments.UsageError e) {
            return usage(e.getMessage());
        } catch (ThresholdFileException | BadRunFolder | IllegalArgumentException | UncheckedIOException e) {
            err.println("bad input: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("cannot read or write: " + e.getMessage());
            return BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return BAD_INPUT;
        }
    }

    private int sample(Arguments a) throws IOException, InterruptedException {
        List<MetricsTarget> metrics;
        try {
            metrics = MetricsTarget.parse(a.optional("metrics").orElse("http://127.0.0.1:8081/actuator/prometheus"));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageError("--metrics: " + e.getMessage());
        }
        Duration interval = duration(a.optional("interval").orElse("5s"), "--interval");
        Duration limit = duration(a.optional("max-duration").orElse("2h"), "--max-duration");
        if (interval.isZero()) {
            throw new Arguments.UsageError("--interval must be above zero");
        }
        Optional<ProcessSampler> processes = ProcessSampler.forLocalPortal(metrics);
        out.println(processes.isPresent() ? "sampling this machine's CPU by process into server/" + ServerLog.PROCESSES.file()
                : "not sampling CPU by process: no /proc here, or the portal is not on this machine");
        Sampler.Outcome done = new Sampler(metrics, Path.of(a.required("out")), interval, limit,
                a.optional("stop-file").map(Path::of), clock, processes).run();
        out.printf("sampler stopped (%s) after %d scrapes, %d failed%n", done.reason(), done.scrapes(), done.failures());
        return 0;
    }

    private int check(Arguments a) {
        Path file = Path.of(a.required("thresholds"));
        out.println(file + ": threshold file '" + ThresholdFile.load(file).name() + "' is readable");
        return 0;
    }

    private int gate(Arguments a) throws IOException {
        Thresholds thresholds = ThresholdFile.load(Path.of(a.required("thresholds")));
        Run run = RunFolder.read(Path.of(a.required("run")));
        Path baselineFile = a.optional("baseline").map(Path::of).orElse(Baselines.fileFor(run));
        Optional<Baseline> baseline = Baselines.read(baselineFile);
        Verdict verdict = Gate.judge(run, thresholds, baseline, baselineFile, clock);
        VerdictFiles.write(verdict, run.dir());
        JunitXml.write(verdict, run.dir());
        out.print(VerdictTable.render(verdict));
        try {
            out.println("Report: " + Report.write(run, Optional.of(verdict), baseline));
        } catch (IOException | RuntimeException e) {
            err.println("the verdict stands, but the report could not be written: " + e);
        }
        return verdict.verdict().exitCode();
    }

    private int report(Arguments a) throws IOException {
        Run run = RunFolder.read(Path.of(a.required("run")));
        out.println("Report: " + Report.write(run, VerdictFiles.read(run.dir()), Baselines.read(Baselines.fileFor(run))));
        return 0;
    }

    private int baseline(Arguments a) throws IOException {
        Run run = RunFolder.read(Path.of(a.required("run")));
        Optional<Verdict> verdict = VerdictFiles.read(run.dir());
        if (verdict.isEmpty() || verdict.get().verdict() != Outcome.PASS) {
            err.println("bad input: only a judged, passing run can become the baseline; " + run.dir() + " is "
                    + verdict.map(v -> v.verdict().name()).orElse("not judged (run `gate` first)"));
            return BAD_INPUT;
        }
        if (Files.exists(run.dir().resolve(Profiler.RECORDING))) {
            // The flight recorder's own cost would make every later unprofiled run look faster than it is.
            err.println("bad input: " + run.dir() + " ran under a flight recording (make profile); its CPU and latency"
                    + " are not comparable with an unprofiled run's, so it cannot become the baseline");
            return BAD_INPUT;
        }
        Path file = Baselines.write(Baselines.of(run, clock), Baselines.fileFor(run));
        out.println("Baseline for " + run.scenario() + ": " + file);
        return 0;
    }

    private int profile(Arguments a) throws IOException {
        out.print(Profiler.write(Path.of(a.required("run"))));
        return 0;
    }

    private int gatlingExit(Arguments a) throws IOException {
        GatlingExit.record(Path.of(a.required("run")), wholeNumber(a, "status"));
        return 0;
    }

    private int mergeInjectors(Arguments a) throws IOException {
        out.println(InjectorMerge.merge(Path.of(a.required("run"))).describe());
        return 0;
    }

    private int speed(Arguments a) throws IOException {
        double speedMs = MachineSpeed.measureMs();
        out.println(speedMs);
        Optional<String> run = a.optional("after-run");
        if (run.isPresent()) {
            SpeedAfterRun.record(Path.of(run.get()), speedMs);
        }
        return 0;
    }

    private int capacityPlan(Arguments a) throws IOException {
        out.println(CapacityRun.plan(Path.of(a.required("scenario")), a.required("steps"), Path.of(a.required("dir"))));
        return 0;
    }

    /** Prints "N scenario-file" for the next step, nothing when the search is over. */
    private int capacityNext(Arguments a) throws IOException {
        CapacityRun.next(Path.of(a.required("dir"))).ifPresent(n -> out.println(n.candidates() + " " + n.scenarioFile()));
        return 0;
    }

    private int capacityRecord(Arguments a) throws IOException {
        CapacityStep step = CapacityRun.record(Path.of(a.required("dir")), wholeNumber(a, "candidates"), Path.of(a.required("run")));
        out.printf(Locale.ROOT, "capacity step %,d candidates: %s%n", step.candidates(), step.verdict());
        return 0;
    }

    private int capacityReport(Arguments a) throws IOException {
        Path dir = Path.of(a.required("dir"));
        out.println(CapacityRun.report(dir));
        out.println("Capacity report: " + dir.resolve("index.html"));
        return 0;
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(USAGE);
        return BAD_INPUT;
    }

    private static int wholeNumber(Arguments a, String option) {
        try {
            return Integer.parseInt(a.required(option));
        } catch (NumberFormatException e) {
            throw new Arguments.UsageError("--" + option + " must be a whole number: " + e.getMessage());
        }
    }

    private static Duration duration(String text, String option) {
        try {
            return Duration.ofMillis(Millis.parse(text).value());
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageError(option + ": " + e.getMessage());
        }
    }
}
