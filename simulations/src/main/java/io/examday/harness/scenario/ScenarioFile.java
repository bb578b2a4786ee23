package io.examday.harness.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks a scenario file. Every field is typed and bounded, unknown fields are refused, and each refusal
 * names the file, the line and the field, e.g.
 * {@code scenarios/smoke.yaml:12: field 'exam.thinkTime.max' must be >= min (was 5s, min 20s)}.
 */
public final class ScenarioFile {

    private ScenarioFile() {}

    public static Scenario load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read the scenario file (" + e + ")");
        }
        return parse(file, text);
    }

    /** Reads {@code text} as if it were the content of {@code file}, which is only named in messages. */
    public static Scenario parse(Path file, String text) {
        Section root = Section.root(file.toString(), YamlTree.parse(file.toString(), text));
        String name = root.text("name");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw root.refusal("name", "must be lower-case letters, digits and dashes, as in run folder names (was '" + name + "')");
        }
        String description = root.text("description", "");
        Workload workload = root.choice("workload", words(Workload.values()), Workload.COHORT);
        double compression = root.number("timeCompression", 1, 1);
        Compressor c = new Compressor(compression);

        Cohort cohort = cohort(root.section("cohort"));
        SignInWindow signIn = signIn(root.section("signIn"), c);
        LobbyPolling lobby = lobby(root.section("lobby"), c);
        StartStorm start = start(root.section("start"), c);
        ExamShape exam = exam(root.section("exam"), c);
        SubmitPlan submit = submit(root.section("submit"), c, exam);
        ResultReading results = results(root.section("results"), c);
        Staff proctors = root.optionalSection("proctors").map(s -> staff(s, c)).orElse(Staff.none());
        Staff authors = root.optionalSection("authors").map(s -> staff(s, c)).orElse(Staff.none());
        Connections connections = root.optionalSection("connections").map(ScenarioFile::connections)
                .orElse(new Connections(Connections.Mode.PER_CANDIDATE, 0));
        Optional<SessionLoss> sessionLoss = root.optionalSection("sessionLoss").map(s -> sessionLoss(s, c));
        Rehearsal rehearsal = root.optionalSection("rehearsal").map(ScenarioFile::rehearsal).orElse(Rehearsal.none());
        Credentials credentials = root.optionalSection("credentials").map(ScenarioFile::credentials)
                .orElse(new Credentials(Credentials.SEED_SECRET));
        Browser browser = root.optionalSection("browser").map(ScenarioFile::browser).orElse(Browser.apiOnly());
        Optional<Attack> attack = root.optionalSection("attack").map(s -> attack(s, c, cohort));
        Optional<FaultPlan> faults = root.optionalSection("faults").map(s -> faults(s, c));
        root.refuseUnknown();

        if (workload == Workload.LOGIN_STORM && sessionLoss.isEmpty()) {
            throw root.refusal("sessionLoss", "is required for workload login-storm");
        }
        if (workload == Workload.SUBMIT_STORM && !exam.sharedCloseTime()) {
            throw root.refusal("workload", "submit-storm needs exam.sharedCloseTime: true (one close time for all)");
        }
        if ((workload == Workload.CHAOS) != faults.isPresent()) {
            throw root.refusal(faults.isPresent() ? "faults" : "workload", "faults go with workload chaos, and only with it");
        }
        if (faults.isPresent() && rehearsal.candidates() == 0) {
            // The chaos script measures recovery by signing in as a rehearsal candidate, who is not in the cohort.
            throw root.refusal("rehearsal", "needs at least one candidate in a chaos run: its recovery probe signs in as one");
        }
        Scenario scenario = new Scenario(file, name, description, workload, compression, cohort, signIn, lobby,
                start, exam, submit, results, proctors, authors, connections, sessionLoss, rehearsal, credentials, browser,
                attack, faults);
        return checkShape(root, scenario);
    }

    /** Refuses shapes that never have their cohort in the exam at once: there would be no full load to judge. */
    private static Scenario checkShape(Section root, Scenario scenario) {
        Timetable plan = scenario.timetable();
        if (!plan.holdsPunctualAtOnce()) {
            throw root.refusal("start", "lets the first candidates leave (%s after the first arrival) before the last punctual one starts (%s): lengthen exam.thinkTime or shorten start.reaction"
                    .formatted(WrittenDuration.of(plan.earliestDeparture()), WrittenDuration.of(plan.lastPunctualStart())));
        }
        scenario.faults().ifPresent(faultPlan -> {
            Section at = root.section("faults").section("at");
            Fault before = null;
            for (Fault fault : faultPlan.schedule()) {
                if (before != null && fault.at().equals(before.at())) {
                    throw at.refusal(fault.kind().word(), "comes at the same time as " + before.kind().word() + ": one fault at a time");
                }
                if (fault.at().compareTo(plan.lastStart()) <= 0 || fault.at().compareTo(plan.lastDeadline()) >= 0) {
                    throw at.refusal(fault.kind().word(), "must fall inside the exam: after the last start (%s) and before the last deadline (%s)"
                            .formatted(WrittenDuration.of(plan.lastStart()), WrittenDuration.of(plan.lastDeadline())));
                }
                before = fault;
            }
        });
        scenario.sessionLoss().ifPresent(loss -> {
            Duration back = plan.sessionLoss().orElseThrow().plus(loss.window()).plus(scenario.exam().autosavePeriod());
            if (back.compareTo(plan.earliestDeparture()) >= 0 || plan.sessionLoss().orElseThrow().compareTo(plan.lastStart()) <= 0) {
                throw root.refusal("sessionLoss", "must fall while everyone is in the exam: after the last start (%s) and, with its window and one autosave period, before the first departure (%s)"
                        .formatted(WrittenDuration.of(plan.lastStart()), WrittenDuration.of(plan.earliestDeparture())));
            }
        });
        scenario.attack().ifPresent(attack -> {
            Duration ends = plan.open().plus(attack.after()).plus(attack.lasting());
            if (ends.compareTo(plan.lastDeadline()) > 0) {
                throw root.refusal("attack", "must end by the last deadline (%s after the first arrival), while candidates sign in and answer; it ends %s after it"
                        .formatted(WrittenDuration.of(plan.lastDeadline()), WrittenDuration.of(ends)));
            }
        });
        return scenario;
    }

    private static Cohort cohort(Section s) {
        Cohort cohort = new Cohort(s.wholeNumber("candidates", 1), s.wholeNumber("exams", 1),
                s.wholeNumber("questionsPerExam", 1));
        if (cohort.candidates() > 99_999) {
            throw s.refusal("candidates", "must be at most 99999, the seed's cand-%05d names (was " + cohort.candidates() + ")");
        }
        if (cohort.exams() > cohort.candidates()) {
            throw s.refusal("exams", "must be at most cohort.candidates (was " + cohort.exams() + ")");
        }
        s.refuseUnknown();
        return cohort;
    }

    private static SignInWindow signIn(Section s, Compressor c) {
        Duration window = s.positiveDuration("window");
        double bunching = s.fraction("bunching", 0.5);
        Section late = s.optionalSection("late").orElse(null);
        double lateFraction = 0;
        Duration lateWithin = Duration.ZERO;
        if (late != null) {
            lateFraction = late.fraction("fraction", 0);
            lateWithin = lateFraction > 0 ? late.positiveDuration("within") : late.duration("within", Duration.ZERO);
            late.refuseUnknown();
        }
        s.refuseUnknown();
        return new SignInWindow(c.apply(window), bunching, lateFraction, c.apply(lateWithin));
    }

    private static LobbyPolling lobby(Section s, Compressor c) {
        LobbyPolling lobby = new LobbyPolling(c.apply(s.positiveDuration("pollPeriod")));
        s.refuseUnknown();
        return lobby;
    }

    private static StartStorm start(Section s, Compressor c) {
        StartStorm start = new StartStorm(thinkTime(s.section("reaction"), c, false));
        s.refuseUnknown();
        return start;
    }

    private static ExamShape exam(Section s, Compressor c) {
        Duration duration = s.positiveDuration("duration");
        ThinkTime thinkTime = thinkTime(s.section("thinkTime"), c, true);
        Duration autosave = s.positiveDuration("autosavePeriod");
        Revision revise = s.optionalSection("revise").map(r -> {
            Revision revision = new Revision(r.fraction("probability", 0), thinkTime(r.section("thinkTime"), c, true));
            r.refuseUnknown();
            return revision;
        }).orElse(new Revision(0, thinkTime));
        boolean shared = s.flag("sharedCloseTime", false);
        s.refuseUnknown();
        return new ExamShape(c.apply(duration), thinkTime, c.apply(autosave), revise, shared);
    }

    private static ThinkTime thinkTime(Section s, Compressor c, boolean positive) {
        Duration min = positive ? s.positiveDuration("min") : s.duration("min");
        Duration max = s.duration("max");
        if (max.compareTo(min) < 0) {
            throw s.refusal("max", "must be >= min (was %s, min %s)".formatted(s.writtenAs("max"), s.writtenAs("min")));
        }
        s.refuseUnknown();
        return new ThinkTime(c.apply(min), c.apply(max));
    }

    private static SubmitPlan submit(Section s, Compressor c, ExamShape exam) {
        double early = s.fraction("earlyFraction", 1);
        double vanish = s.fraction("vanishFraction", 0);
        if (early + vanish > 1 + 1e-9) {
            throw s.refusal("vanishFraction", "plus earlyFraction must be at most 1 (was %s + %s)"
                    .formatted(s.writtenAs("earlyFraction"), s.writtenAs("vanishFraction")));
        }
        Duration window = c.apply(s.duration("deadlineWindow"));
        if (window.plus(SubmitPlan.LAST_SECOND).compareTo(exam.duration()) >= 0) {
            throw s.refusal("deadlineWindow", "must be shorter than exam.duration (was " + s.writtenAs("deadlineWindow") + ")");
        }
        s.refuseUnknown();
        return new SubmitPlan(early, vanish, window);
    }

    private static ResultReading results(Section s, Compressor c) {
        ResultReading results = new ResultReading(s.fraction("fraction", 1), c.apply(s.duration("delay")),
                c.apply(s.positiveDuration("pollPeriod")), s.wholeNumber("maxPolls", 1), s.fraction("pdfFraction", 0));
        s.refuseUnknown();
        return results;
    }

    private static Staff staff(Section s, Compressor c) {
        Staff staff = new Staff(s.wholeNumber("count", 0), c.apply(s.positiveDuration("period")));
        s.refuseUnknown();
        return staff;
    }

    private static Connections connections(Section s) {
        Connections.Mode mode = s.choice("mode",
                Map.of("per-candidate", Connections.Mode.PER_CANDIDATE, "shared", Connections.Mode.SHARED),
                Connections.Mode.PER_CANDIDATE);
        int pool = mode == Connections.Mode.SHARED ? s.wholeNumber("pool", 1) : s.wholeNumber("pool", 1, 0);
        if (mode == Connections.Mode.PER_CANDIDATE && s.has("pool")) {
            throw s.refusal("pool", "only applies to mode: shared");
        }
        s.refuseUnknown();
        return new Connections(mode, pool);
    }

    private static SessionLoss sessionLoss(Section s, Compressor c) {
        SessionLoss loss = new SessionLoss(c.apply(s.positiveDuration("after")), c.apply(s.duration("window")));
        s.refuseUnknown();
        return loss;
    }

    private static Attack attack(Section s, Compressor c, Cohort cohort) {
        Attack attack = new Attack(s.wholeNumber("addresses", 1), s.wholeNumber("targets", 1),
                c.apply(s.positiveDuration("guessPeriod")), c.apply(s.duration("after")), c.apply(s.positiveDuration("lasting")));
        if (attack.addresses() > Attack.MOST_ADDRESSES) {
            throw s.refusal("addresses", "must be at most %d, the addresses of 203.0.113.0/24 (was %d)"
                    .formatted(Attack.MOST_ADDRESSES, attack.addresses()));
        }
        if (attack.targets() > cohort.candidates()) {
            throw s.refusal("targets", "must be at most cohort.candidates, whose accounts it guesses at (was " + attack.targets() + ")");
        }
        if (attack.plannedGuesses() < 1) {
            throw s.refusal("lasting", "must be at least one guessPeriod");
        }
        s.refuseUnknown();
        return attack;
    }

    /** {@code faults: {retryEvery, retryFor, at: {<kind>: <offset>, …}}}: each kind at most once, ordered by time. */
    private static FaultPlan faults(Section s, Compressor c) {
        Duration every = c.apply(s.positiveDuration("retryEvery"));
        Duration retryFor = c.apply(s.positiveDuration("retryFor"));
        Section at = s.section("at");
        List<Fault> schedule = new ArrayList<>();
        for (FaultKind kind : FaultKind.values()) {
            if (at.has(kind.word())) {
                schedule.add(new Fault(kind, c.apply(at.positiveDuration(kind.word()))));
            }
        }
        at.refuseUnknown();
        if (schedule.isEmpty()) {
            throw s.refusal("at", "must name at least one fault: " + String.join(", ",
                    java.util.Arrays.stream(FaultKind.values()).map(FaultKind::word).toList()));
        }
        Fault first = schedule.getFirst();
        schedule.stream().filter(fault -> fault.kind().injector() != first.kind().injector()).findFirst().ifPresent(other -> {
            throw s.refusal("at", "names %s (simulations/bin/%s) and %s (simulations/bin/%s): one run, one script's faults"
                    .formatted(first.kind().word(), first.kind().injector().script(), other.kind().word(),
                            other.kind().injector().script()));
        });
        if (retryFor.compareTo(every) < 0) {
            throw s.refusal("retryFor", "must be at least retryEvery (was " + s.writtenAs("retryFor") + ")");
        }
        schedule.sort(java.util.Comparator.comparing(Fault::at));
        s.refuseUnknown();
        return new FaultPlan(schedule, every, retryFor);
    }

    private static Rehearsal rehearsal(Section s) {
        Rehearsal rehearsal = new Rehearsal(s.wholeNumber("candidates", 0), s.wholeNumber("concurrency", 1, 16));
        if (rehearsal.candidates() > Rehearsal.MOST_CANDIDATES) {
            throw s.refusal("candidates", "must be <= %d, the seed's limit (was %d)"
                    .formatted(Rehearsal.MOST_CANDIDATES, rehearsal.candidates()));
        }
        s.refuseUnknown();
        return rehearsal;
    }

    /** Only the secret: the seed's staff passwords derive from it, so a scenario cannot name others. */
    private static Credentials credentials(Section s) {
        Credentials credentials = new Credentials(s.text("seedSecret", Credentials.SEED_SECRET));
        s.refuseUnknown();
        return credentials;
    }

    private static Browser browser(Section s) {
        Browser browser = new Browser(s.flag("pages", false));
        s.refuseUnknown();
        return browser;
    }

    private static Map<String, Workload> words(Workload[] workloads) {
        Map<String, Workload> words = new LinkedHashMap<>();
        for (Workload w : workloads) {
            words.put(w.word(), w);
        }
        return words;
    }

    /** Divides every duration by the scenario's time compression, to the millisecond. */
    private record Compressor(double factor) {
        Duration apply(Duration d) {
            return Duration.ofMillis(Math.round(d.toMillis() / factor));
        }
    }
}
