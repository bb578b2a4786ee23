package io.examday.harness.gate;

import io.examday.harness.run.Audit;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.AfterTheExam;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code after-exam.*}: once the load is over and the exam has had {@code settledWithin} to settle, every stored
 * attempt is closed (by identity, from the portal's export), every closed attempt has its result (the portal's
 * count) and no job is left waiting. A stopped grader, sweeper or job worker fails no request, so only these see it.
 */
final class AfterTheExamChecks {

    static final String CLOSED = "after-exam.closed";
    static final String GRADED = "after-exam.graded";
    static final String JOBS = "after-exam.jobs";
    static final String JOBS_FAILED = "after-exam.jobs-failed";
    static final String JOBS_DONE = "after-exam.jobs-done";
    private static final String CLOSED_NAME = "Every attempt closed after the exam";
    private static final String GRADED_NAME = "Every closed attempt graded";
    private static final String JOBS_NAME = "No job left waiting after the exam";
    private static final String JOBS_FAILED_NAME = "No job given up";
    private static final String JOBS_DONE_NAME = "Every job done soon after the last submit";
    private static final String IN_PROGRESS = "IN_PROGRESS";

    private AfterTheExamChecks() {}

    static List<Check> checks(Run run, AfterTheExam rule) {
        String within = "within " + rule.settledWithin().value() / 1000 + " s of the load's end";
        Optional<String> stopped = EarlyStop.tripped(run).map(t -> EarlyStop.when(run, t));
        return List.of(closed(run.dir(), within, stopped), graded(run.audit(), within), jobs(run.audit(), within),
                jobsFailed(run.audit()), jobsDone(run.audit(), rule.jobsDoneWithin().value()));
    }

    /**
     * By identity: the stored attempts still in progress, the first few named. A run stopped early never reached the
     * exams' deadlines, so the attempts its candidates left open are no fault of the portal: counted, not judged.
     */
    private static Check closed(Path dir, String within, Optional<String> stopped) {
        String target = "none in progress " + within;
        Path stored = dir.resolve(NothingLost.STORED_ATTEMPTS);
        if (!Files.exists(stored)) {
            return Check.unmeasured(CLOSED, CLOSED_NAME, Role.THRESHOLD, null, target, "no " + NothingLost.STORED_ATTEMPTS);
        }
        Mismatches open = new Mismatches();
        long attempts = 0;
        try (CsvRows rows = CsvRows.open(stored, "attemptId,examCode,status", 1)) {
            while (rows.next()) {
                attempts++;
                if (IN_PROGRESS.equals(rows.text(2))) {
                    open.add("attempt %d still in progress".formatted(rows.number(0)));
                }
            }
        } catch (IOException e) {
            return Check.unmeasured(CLOSED, CLOSED_NAME, Role.THRESHOLD, null, target, "unreadable: " + e.getMessage());
        }
        if (stopped.isPresent() && open.count() > 0) {
            return Check.note(CLOSED, CLOSED_NAME, null, target, String.format(Locale.ROOT, "%,d in progress", open.count()),
                    String.format(Locale.ROOT, "not judged: the load was %s, before the exams' deadlines; %,d of %,d attempts still open",
                            stopped.get(), open.count(), attempts));
        }
        return Check.judged(CLOSED, CLOSED_NAME, Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT, 0, open.count(),
                open.count() == 0 ? String.format(Locale.ROOT, "%,d attempts stored, all closed", attempts)
                        : String.format(Locale.ROOT, "%,d of %,d attempts: %s", open.count(), attempts, open.listed()))
                .withTarget(target);
    }

    private static Check graded(Optional<Audit> audit, String within) {
        String target = "a result for every submitted or auto-submitted attempt " + within;
        if (audit.isEmpty()) {
            return Check.unmeasured(GRADED, GRADED_NAME, Role.THRESHOLD, null, target, "no server/audit.json");
        }
        Audit a = audit.get();
        long closed = a.submitted() + a.autoSubmitted();
        return Check.judged(GRADED, GRADED_NAME, Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT, 0, closed - a.graded(),
                String.format(Locale.ROOT, "%,d closed attempts, %,d results (the portal's own count%s)", closed, a.graded(),
                        settled(a))).withTarget(target);
    }

    private static Check jobs(Optional<Audit> audit, String within) {
        String target = "no job waiting " + within;
        if (audit.isEmpty()) {
            return Check.unmeasured(JOBS, JOBS_NAME, Role.THRESHOLD, null, target, "no server/audit.json");
        }
        Audit a = audit.get();
        if (a.drainMillis() == null) {
            return Check.note(JOBS, JOBS_NAME, null, target, String.format(Locale.ROOT, "%,d waiting", a.pendingJobs()),
                    "the run did not wait for the queue (recorded before the wait existed): its audit is from the load's end");
        }
        return Check.judged(JOBS, JOBS_NAME, Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT, 0, a.pendingJobs(),
                String.format(Locale.ROOT, "%,d waiting%s", a.pendingJobs(), settled(a))).withTarget(target);
    }

    /** A job the portal gave up on is a result, PDF or mail a candidate never gets, though no request failed. */
    private static Check jobsFailed(Optional<Audit> audit) {
        String target = "no grading, PDF or mail job given up";
        if (audit.isEmpty() || audit.get().failedJobs() == null) {
            return Check.unmeasured(JOBS_FAILED, JOBS_FAILED_NAME, Role.THRESHOLD, null, target,
                    audit.isEmpty() ? "no server/audit.json" : "the portal's audit does not count failed jobs");
        }
        long failed = audit.get().failedJobs();
        return Check.judged(JOBS_FAILED, JOBS_FAILED_NAME, Role.THRESHOLD, null, Compare.AT_MOST, Unit.COUNT, 0, failed,
                failed == 0 ? null : "listed at /ops/jobs with their last error").withTarget(target);
    }

    /**
     * From the last submit, the sweeper's auto-submits included, to the last job done: how long the last candidate
     * waits for their result, PDF and mail. While jobs still wait, that time is not known yet, and it fails.
     */
    private static Check jobsDone(Optional<Audit> audit, long limitMillis) {
        String target = String.format(Locale.ROOT, "every job done within %,d s of the last submit", limitMillis / 1000);
        if (audit.isEmpty()) {
            return Check.unmeasured(JOBS_DONE, JOBS_DONE_NAME, Role.THRESHOLD, null, target, "no server/audit.json");
        }
        Audit a = audit.get();
        if (a.pendingJobs() > 0) {
            return new Check(JOBS_DONE, JOBS_DONE_NAME, Role.THRESHOLD, null, target,
                    String.format(Locale.ROOT, "%,d still waiting", a.pendingJobs()), null, (double) limitMillis,
                    Status.FAIL, "not all done when the audit was taken" + settled(a), null);
        }
        if (a.lastJobDoneMillisAfterLastSubmit() == null) {
            return Check.unmeasured(JOBS_DONE, JOBS_DONE_NAME, Role.THRESHOLD, null, target,
                    a.failedJobs() == null ? "the portal's audit does not time its jobs" : "no job was done");
        }
        long after = Math.max(0, a.lastJobDoneMillisAfterLastSubmit());
        return Check.judged(JOBS_DONE, JOBS_DONE_NAME, Role.THRESHOLD, null, Compare.AT_MOST, Unit.MILLIS, limitMillis,
                after, "the last job was done " + String.format(Locale.ROOT, "%,d s", after / 1000) + " after the last submit")
                .withTarget(target);
    }

    private static String settled(Audit a) {
        return a.drainMillis() == null ? ", counted at the load's end"
                : String.format(Locale.ROOT, ", counted %,d s after the load's end", a.drainMillis() / 1000);
    }
}
