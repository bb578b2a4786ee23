package io.examday.harness.simulation.support;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.examday.harness.endpoint.KnownRoutes;
import io.examday.harness.endpoint.RecordedCall;
import io.examday.harness.gatling.ThresholdAssertions;
import io.examday.harness.journey.AuthorBrowse;
import io.examday.harness.journey.ExamCalendar;
import io.examday.harness.journey.ExamDay;
import io.examday.harness.journey.ProctorWatch;
import io.examday.harness.journey.RunEvents;
import io.examday.harness.journey.WrongCodeGuessing;
import io.examday.harness.recording.AbortWatch;
import io.examday.harness.recording.Acknowledged;
import io.examday.harness.recording.AttackTally;
import io.examday.harness.recording.ClientRecording;
import io.examday.harness.scenario.Attack;
import io.examday.harness.recording.SignedInAgain;
import io.examday.harness.scenario.Rehearsal;
import io.examday.harness.scenario.Scenario;
import io.examday.harness.scenario.ScenarioFile;
import io.examday.harness.scenario.Timetable;
import io.examday.harness.scenario.Workload;
import io.examday.harness.threshold.ThresholdFile;
import io.examday.harness.threshold.Thresholds;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of a cohort scenario, shared by the simulations: reads the settings and the scenario, builds the
 * populations (candidates arriving over the sign-in window, proctors, authors), and around the load rehearses,
 * schedules the exams, records the client side and writes the run folder. Of a run split over several injector
 * JVMs it plays this JVM's {@link InjectorSlice}; the leading injector alone schedules, rehearses, runs the staff
 * and writes run.json and the audit, and the others follow its schedule ({@link InjectorRendezvous}).
 */
public final class CohortRun {

    /** Time given to {@code before()} between scheduling the exams and the first arrival. */
    private static final Duration LEAD = Duration.ofSeconds(2);
    /** The rehearsal exam's window: opened a minute back (clocks differ), long enough for any rehearsal. */
    private static final Duration REHEARSAL_OPEN_BEFORE = Duration.ofMinutes(1);
    private static final Duration REHEARSAL_OPEN_FOR = Duration.ofHours(1);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** Without a threshold file the run waits this long for the exam to settle before its audit. */
    private static final Duration SETTLE_WITHOUT_THRESHOLDS = Duration.ofMinutes(3);
    private static final Duration SETTLE_POLL = Duration.ofSeconds(2);
    /** How long the leader waits for the other injector JVMs to start, and they for its schedule (its rehearsal included). */
    private static final Duration FOLLOWERS_START_WITHIN = Duration.ofMinutes(5);
    private static final Duration SCHEDULE_WITHIN = Duration.ofMinutes(30);

    private final HarnessSettings settings;
    private final InjectorSlice slice;
    private final InjectorRendezvous rendezvous;
    private final Scenario scenario;
    private final Timetable plan;
    private final Path runDir;
    private final ExamCalendar calendar = new ExamCalendar();
    private final RunEvents events = new RunEvents();
    private final Acknowledged acknowledged = new Acknowledged();
    private final SignedInAgain signedInAgain = new SignedInAgain();
    private final ClientRecording recording;
    private final RecordedCall calls;
    private final Duration settleWithin;
    /** The answers to the scenario's wrong-code guesses, when it has an attack (the leading injector runs it). */
    private final Optional<AttackTally> attack;
    private volatile PhaseClock phases;
    private RunRecord record;

    private CohortRun(HarnessSettings settings, Scenario scenario) {
        this.settings = settings;
        this.scenario = scenario;
        this.plan = scenario.timetable();
        this.runDir = settings.runFolder(scenario);
        this.slice = settings.slice();
        this.rendezvous = new InjectorRendezvous(runDir, slice);
        Optional<Thresholds> thresholds = settings.thresholds().map(ThresholdFile::load);
        this.recording = new ClientRecording(slice.clientFolder(runDir),
                () -> phases == null ? "before" : phases.now(), System.out,
                thresholds.map(t -> AbortWatch.of(t.abort(), t.latency().p95Below())).orElse(AbortWatch.never()));
        this.settleWithin = thresholds.map(t -> Duration.ofMillis(t.afterTheExam().settledWithin().value()))
                .orElse(SETTLE_WITHOUT_THRESHOLDS);
        this.calls = new RecordedCall(recording, scenario.faults(), signedInAgain);
        this.attack = scenario.attack().filter(a -> slice.leads())
                .map(a -> new AttackTally(a.addresses(), a.plannedGuesses()));
        if (slice.split()) {
            List<Path> otherAborts = new ArrayList<>();
            for (int i = 0; i < slice.count(); i++) {
                if (i != slice.index()) {
                    otherAborts.add(new InjectorSlice(i, slice.count()).clientFolder(runDir).resolve(ClientRecording.ABORT_FILE));
                }
            }
            recording.stopWithAnyOf(otherAborts);
        }
    }

    /** Reads the system properties and the scenario file, which must be written for {@code workload}. */
    public static CohortRun of(Workload workload) {
        HarnessSettings settings = HarnessSettings.fromSystemProperties();
        Scenario scenario = ScenarioFile.load(settings.scenarioFile());
        if (scenario.workload() != workload) {
            throw new IllegalArgumentException("%s is a %s scenario; run it with %s".formatted(
                    settings.scenarioFile(), scenario.workload().word(), scenario.workload().simulationClass()));
        }
        return new CohortRun(settings, scenario);
    }

    /** Declares the populations, protocol, time bound and assertions on the simulation. */
    public void setUp(Simulation simulation) {
        List<PopulationBuilder> populations = new ArrayList<>();
        int candidates = scenario.cohort().candidates();
        List<OpenInjectionStep> arrivals = ArrivalSchedule.steps(scenario.signIn(), candidates, slice);
        // Each user is due when this JVM's own schedule plays it, so its lag measures this injector, not Gatling's rounding.
        long[] arrivalOffsets = ArrivalSchedule.offsetsMillis(arrivals);
        ExamDay day = new ExamDay(scenario, calls, recording, acknowledged, calendar, events,
                candidate -> arrivalOffsets[slice.position(candidate)]);
        populations.add(scenario("candidates")
                .feed(new CandidateRoster(scenario.cohort(), settings.seedSecret(scenario), slice))
                .exec(day.candidate())
                .injectOpen(arrivals));
        if (slice.leads() && scenario.proctors().count() > 0) {
            populations.add(scenario("proctors")
                    .exec(new ProctorWatch(calls, calendar, scenario.proctors(), settings.proctorPassword(scenario)).chain())
                    .injectOpen(atOnceUsers(scenario.proctors().count())));
        }
        if (slice.leads() && scenario.authors().count() > 0) {
            populations.add(scenario("authors")
                    .exec(new AuthorBrowse(calls, calendar, scenario.authors(), scenario.cohort(), scenario.results(),
                            settings.authorPassword(scenario)).chain())
                    .injectOpen(atOnceUsers(scenario.authors().count())));
        }
        attack.ifPresent(tally -> {
            Attack plan = scenario.attack().orElseThrow();
            populations.add(scenario("attackers")
                    .exec(new WrongCodeGuessing(plan, scenario.cohort(), calendar, tally).chain())
                    .injectOpen(atOnceUsers(plan.addresses())));
        });
        Simulation.SetUp setUp = simulation.setUp(populations)
                .protocols(PortalProtocol.of(settings.target(), scenario.connections()))
                .maxDuration(plan.end().plus(plan.end().dividedBy(10)).plus(Duration.ofMinutes(2)));
        // Only budgets for requests the journeys were built with: a scenario without browser pages sends none.
        settings.thresholds().ifPresent(file -> setUp.assertions(ThresholdAssertions.forGatling(file, calls.routes())));
    }

    /** Schedules the exams to open at the end of the sign-in window, starts recording and writes run.json. */
    public void before() {
        if (!slice.leads()) {
            follow();
            return;
        }
        PortalAdmin admin = new PortalAdmin(settings.target(), settings.tls());
        admin.signIn(settings.adminPassword(scenario));
        List<Long> examIds = new ArrayList<>();
        for (String code : scenario.cohort().examCodes()) {
            PortalAdmin.Exam exam = admin.examByCode(code);
            if (exam.questionCount() != scenario.cohort().questionsPerExam()) {
                throw new IllegalStateException("%s has %d questions, the scenario %s expects %d: seed for this scenario first"
                        .formatted(code, exam.questionCount(), scenario.name(), scenario.cohort().questionsPerExam()));
            }
            long attempts = admin.audit(List.of(code)).path("attempts").asLong();
            if (attempts > 0) {
                throw new IllegalStateException("%s already holds %d attempts from an earlier run: seed again before a new run"
                        .formatted(code, attempts));
            }
            examIds.add(exam.examId());
        }
        checkEnrolment(admin, examIds);
        Optional<RehearsalRun.Outcome> rehearsal = rehearse(admin);
        if (slice.split()) {
            rendezvous.awaitFollowers(FOLLOWERS_START_WITHIN);
        }

        Instant injectionStart = Instant.now().plus(LEAD);
        Instant opensAt = injectionStart.plus(plan.open());
        Instant closesAt = injectionStart.plus(plan.closes());
        long durationSeconds = Math.max(1, Math.round(scenario.exam().duration().toMillis() / 1000.0));
        for (long examId : examIds) {
            admin.schedule(examId, opensAt, closesAt, durationSeconds);
        }
        ExamCalendar.Dates dates = new ExamCalendar.Dates(opensAt, injectionStart.plus(plan.lastDeadline()),
                plan.sessionLoss().map(injectionStart::plus), List.copyOf(examIds));
        calendar.fix(dates);
        if (slice.split()) {
            rendezvous.publish(InjectorRendezvous.Schedule.of(injectionStart, dates));
        }
        phases = new PhaseClock(injectionStart, plan);
        record = RunRecord.begin(runDir, scenario, settings, injectionStart, injectionStart.plus(plan.end()), phases,
                rehearsal);
        record.routes(calls.routes(), KnownRoutes.all());
        System.out.printf("[examday] %s: %,d candidates, %s open at %s (in %ds), closing at %s; run folder %s%n",
                scenario.name(), scenario.cohort().candidates(), String.join(", ", scenario.cohort().examCodes()),
                opensAt, Duration.between(Instant.now(), opensAt).toSeconds(), closesAt, runDir);
        // Written now, so a run whose attack never reported still shows one was planned.
        writeAttack();
        waitUntil(injectionStart);
        recording.start();
    }

    private void writeAttack() {
        attack.ifPresent(tally -> {
            try {
                tally.write(slice.clientFolder(runDir));
            } catch (IOException e) {
                System.out.println("[examday] could not write the attack's answers: " + e);
            }
        });
    }

    /** A following injector: ready, then the leader's schedule, then the same first instant as the leader. */
    private void follow() {
        rendezvous.ready();
        InjectorRendezvous.Schedule schedule = rendezvous.awaitSchedule(SCHEDULE_WITHIN);
        calendar.fix(schedule.dates());
        phases = new PhaseClock(schedule.start(), plan);
        System.out.printf("[examday] %s, %s: %,d of the %,d candidates, first arrival at %s; run folder %s%n",
                scenario.name(), slice.describe(), slice.within(0, scenario.cohort().candidates()),
                scenario.cohort().candidates(), schedule.start(), runDir);
        waitUntil(schedule.start());
        recording.start();
    }

    /** The first arrival must come when the schedule assumed it, or the sign-in window would be off by the lead. */
    private static void waitUntil(Instant instant) {
        try {
            Thread.sleep(Duration.between(Instant.now(), instant).toMillis() > 0 ? Duration.between(Instant.now(), instant) : Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The scenario's rehearsal, if it has one: REHEARSAL is opened now for an hour, and every rehearsal candidate
     * sits it before the first arrival. A portal seeded without rehearsal candidates, or one that none of them got
     * through, stops the run here; a few failures are reported and the run goes on.
     */
    private Optional<RehearsalRun.Outcome> rehearse(PortalAdmin admin) {
        Rehearsal rehearsal = scenario.rehearsal();
        if (rehearsal.candidates() == 0) {
            return Optional.empty();
        }
        PortalAdmin.Exam exam;
        int enrolled;
        try {
            exam = admin.examByCode(Rehearsal.EXAM_CODE);
            enrolled = admin.enrolled(exam.examId());
        } catch (IllegalStateException e) {
            throw new IllegalStateException("the scenario %s rehearses with %,d candidates, but the portal has no %s exam to sit (%s): seed with --rehearsal %d first"
                    .formatted(scenario.name(), rehearsal.candidates(), Rehearsal.EXAM_CODE, e.getMessage(), rehearsal.candidates()), e);
        }
        if (enrolled < rehearsal.candidates()) {
            throw new IllegalStateException("%s has %,d candidates enrolled, the scenario %s rehearses with %,d: seed with --rehearsal %d first"
                    .formatted(Rehearsal.EXAM_CODE, enrolled, scenario.name(), rehearsal.candidates(), rehearsal.candidates()));
        }
        Instant now = Instant.now();
        admin.schedule(exam.examId(), now.minus(REHEARSAL_OPEN_BEFORE), now.plus(REHEARSAL_OPEN_FOR), REHEARSAL_OPEN_FOR.toSeconds());
        System.out.printf("[examday] rehearsal: %,d candidates sit %s, %d at a time; outside the run's figures%n",
                rehearsal.candidates(), Rehearsal.EXAM_CODE, rehearsal.concurrency());
        RehearsalRun.Outcome outcome = new RehearsalRun(settings.target(), settings.tls(), rehearsal, settings.seedSecret(scenario), scenario.browser())
                .sit(exam.examId());
        System.out.println("[examday] rehearsal: " + outcome.describe());
        if (outcome.failed() == outcome.candidates()) {
            throw new IllegalStateException("no rehearsal candidate got through " + Rehearsal.EXAM_CODE
                    + ", so the cohort would meet a cold or broken portal: " + outcome.describe());
        }
        return Optional.of(outcome);
    }

    /** The seed must have enrolled the whole cohort. */
    private void checkEnrolment(PortalAdmin admin, List<Long> examIds) {
        OptionalInt enrolled = countEnrolled(admin, examIds);
        if (enrolled.isPresent() && enrolled.getAsInt() < scenario.cohort().candidates()) {
            throw new IllegalStateException("the portal has %,d candidates enrolled in %s, the scenario needs %,d: seed for this scenario first"
                    .formatted(enrolled.getAsInt(), String.join(", ", scenario.cohort().examCodes()), scenario.cohort().candidates()));
        }
    }

    /** Counted from the proctors' live view, which lives in Redis: when it cannot answer, the run goes on unchecked. */
    private static OptionalInt countEnrolled(PortalAdmin admin, List<Long> examIds) {
        try {
            return OptionalInt.of(examIds.stream().mapToInt(admin::enrolled).sum());
        } catch (IllegalStateException e) {
            System.out.println("[examday] cannot count enrolments (" + e.getMessage() + "); going on");
            return OptionalInt.empty();
        }
    }

    /** Flushes the recording, then writes what was acknowledged, what the portal stored, and the real phases. */
    public void after() {
        Instant endedAt = Instant.now();
        recording.close();
        try {
            acknowledged.write(slice.clientFolder(runDir));
            writeAttack();
            attack.ifPresent(tally -> System.out.println("[examday] attack: " + tally.outcome().describe()));
            if (scenario.faults().isPresent()) {
                signedInAgain.write(slice.clientFolder(runDir));
            }
            if (slice.leads()) {
                endedAt = joinFollowers(endedAt);
                writeStored(runDir.resolve("server"), endedAt);
            } else {
                rendezvous.finished(new InjectorRendezvous.Finish(endedAt.toEpochMilli(), events.snapshot()));
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("[examday] could not complete the run folder: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.out.println("[examday] interrupted while the exam settled; the run folder has no audit");
        }
        if (record != null) {
            record.end(endedAt, phases.real(events, endedAt), phases.realFullLoad(events),
                    events.firstReSignIn().flatMap(from -> events.lastReSignIn().map(to -> new PhaseClock.Window(from, to))));
        }
        Acknowledged.Counts counts = acknowledged.counts();
        System.out.printf("[examday] acknowledged (%s): %,d starts, %,d answers (%,d at revision 2 or later), %,d submits; run folder %s%n",
                slice.describe(), counts.starts(), counts.answers(), counts.laterRevisions(), counts.submits(), runDir);
        if (scenario.faults().isPresent()) {
            System.out.printf("[examday] signed in again after a lost session: %,d times%n", signedInAgain.count());
        }
    }

    /**
     * Of a split run, the leader waits for the other injectors' ends and takes in what their candidates lived; the
     * run ended when the last of them did. A follower that never reports is said, and its phases are missing.
     */
    private Instant joinFollowers(Instant endedAt) {
        if (!slice.split()) {
            return endedAt;
        }
        List<InjectorRendezvous.Finish> finishes = rendezvous.awaitFinishes(settleWithin.plus(Duration.ofMinutes(2)));
        if (finishes.size() < slice.count() - 1) {
            System.out.printf("[examday] only %d of the %d other injectors reported their end%n", finishes.size(), slice.count() - 1);
        }
        Instant last = endedAt;
        for (InjectorRendezvous.Finish finish : finishes) {
            events.absorb(finish.events());
            last = Instant.ofEpochMilli(Math.max(last.toEpochMilli(), finish.endedAt()));
        }
        return last;
    }

    /**
     * Once the exam has settled (every attempt closed, the sweeper's auto-submits included, and the job queue empty),
     * or {@code settleWithin} after the load's end at the latest: the portal's audit of every exam of the run together,
     * with how long after the load's end it was taken ({@code drainMillis}), and its export of the stored rows.
     */
    private void writeStored(Path serverDir, Instant endedAt) throws IOException, InterruptedException {
        PortalAdmin admin = new PortalAdmin(settings.target(), settings.tls());
        admin.signIn(settings.adminPassword(scenario));
        Files.createDirectories(serverDir);
        List<String> codes = scenario.cohort().examCodes();
        Map<String, Long> sums = audit(admin, codes);
        // A stopped run never reached its deadlines: its open attempts will not close, so there is nothing to wait for.
        Instant giveUp = recording.stopping() ? endedAt : endedAt.plus(settleWithin);
        while ((sums.getOrDefault("inProgress", 0L) > 0 || sums.getOrDefault("pendingJobs", 0L) > 0)
                && Instant.now().plus(SETTLE_POLL).isBefore(giveUp)) {
            Thread.sleep(SETTLE_POLL);
            sums = audit(admin, codes);
        }
        sums.put("drainMillis", Duration.between(endedAt, Instant.now()).toMillis());
        System.out.printf("[examday] after the exam: %,d attempts in progress, %,d jobs waiting, %,d s after the load ended%n",
                sums.getOrDefault("inProgress", 0L), sums.getOrDefault("pendingJobs", 0L), sums.get("drainMillis") / 1000);
        admin.export("attempts", codes, serverDir.resolve("stored-attempts.csv.gz"));
        admin.export("answers", codes, serverDir.resolve("stored-answers.csv.gz"));
        Files.writeString(serverDir.resolve("audit.json"), JSON.writeValueAsString(sums));
    }

    /** One audit of every exam of the run, so its times (the last job done after the last submit) span them all. */
    private static Map<String, Long> audit(PortalAdmin admin, List<String> codes) {
        Map<String, Long> figures = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : admin.audit(codes).properties()) {
            if (field.getValue().isNumber()) {
                figures.put(field.getKey(), field.getValue().asLong());
            }
        }
        return figures;
    }
}
