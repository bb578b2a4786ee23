package io.examday.portal.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;

/**
 * The load-test data set of {@code seed}: its own staff accounts (load-admin, load-author, load-proctor, with
 * passwords derived from the seed secret), exams LOAD-1…k, candidates and their enrolments, and when asked the
 * rehearsal exam and its candidates.
 * Idempotent: a second run with the same plan creates nothing and leaves the candidates' codes as they were.
 */
@Service
class LoadSeed {

    private static final Logger log = LoggerFactory.getLogger(LoadSeed.class);

    private final SeededAccounts accounts;
    private final LoadExams exams;
    private final LoadReset reset;
    private final LoadCandidates candidates;
    private final SeedProperties properties;

    LoadSeed(SeededAccounts accounts, LoadExams exams, LoadReset reset, LoadCandidates candidates,
             SeedProperties properties) {
        this.accounts = accounts;
        this.exams = exams;
        this.reset = reset;
        this.candidates = candidates;
        this.properties = properties;
    }

    public record Report(List<Long> examIds, int staffCreated, int staffReset, int attemptsDeleted,
                         int candidatesCreated, int codesChanged, int enrolled, int unenrolled, Duration took) {
    }

    public Report run(SeedPlan plan) {
        long started = System.nanoTime();
        log.info("seed: {} candidates, {} exams of {} questions{}", plan.candidates(), plan.exams(), plan.questions(),
                plan.reset() ? ", resetting earlier runs" : "");
        SeededAccounts.StaffSet staff = accounts.setStaffPasswords(LoadStaff.ACCOUNTS,
                username -> LoadStaff.password(properties.secret(), username));
        log.info("seed: staff accounts {} ({} created, {} passwords reset; passwords derive from the seed secret)",
                String.join(", ", LoadStaff.ACCOUNTS.stream().map(SeededAccounts.Staff::username).toList()),
                staff.created(), staff.reset());
        List<Long> examIds = exams.ensure(plan);
        int attempts = 0;
        if (plan.reset()) {
            attempts = reset.clearEveryLoadExam();
            log.info("seed: reset: {} attempts deleted with their answers, results and jobs; live boards cleared",
                    attempts);
        }
        long candidatesStarted = System.nanoTime();
        LoadCandidates.Loaded loaded = candidates.load(SeededCohort.LOAD, plan.candidates(), examIds);
        examIds.forEach(reset::forget);
        log.info("seed: {} candidates ({} created, {} admission codes changed), {} enrolments created, {} removed, "
                        + "in {} ms", plan.candidates(), loaded.created(), loaded.codesChanged(), loaded.enrolled(),
                loaded.unenrolled(), (System.nanoTime() - candidatesStarted) / 1_000_000);
        if (plan.rehearsal() > 0) {
            seedRehearsal(plan);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("seed: done in {} ms", took.toMillis());
        return new Report(examIds, staff.created(), staff.reset(), attempts, loaded.created(), loaded.codesChanged(),
                loaded.enrolled(), loaded.unenrolled(), took);
    }

    /** REHEARSAL and its candidates, with no attempts left from an earlier rehearsal: each run rehearses afresh. */
    private void seedRehearsal(SeedPlan plan) {
        long examId = exams.ensureRehearsal(plan);
        int cleared = reset.clear(List.of(examId));
        LoadCandidates.Loaded loaded = candidates.load(SeededCohort.REHEARSAL, plan.rehearsal(), List.of(examId));
        reset.forget(examId);
        log.info("seed: rehearsal: {} rehearsal candidates in {} ({} created, {} enrolled), {} earlier attempts deleted",
                plan.rehearsal(), SeededCohort.REHEARSAL_EXAM, loaded.created(), loaded.enrolled(), cleared);
    }
}
