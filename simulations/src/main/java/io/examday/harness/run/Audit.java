package io.examday.harness.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code server/audit.json}: what the portal's database holds for the run's exams ({@code GET /api/ops/audit}), summed
 * over them, once the exam had settled (no attempt in progress, no job waiting) or the wait for it ran out.
 *
 * @param drainMillis how long after the load's end the audit was taken: when the exam was first seen settled, or when
 *                    the wait ran out; absent in runs recorded before the wait existed
 * @param failedJobs  jobs the portal gave up on (absent from portals that did not count them)
 * @param lastJobDoneMillisAfterLastSubmit from the last submit (a candidate's or the deadline sweeper's) to the last
 *                    job done; absent when no job was done, or from portals that did not time it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Audit(long attempts, long inProgress, long submitted, long autoSubmitted, long answers, long graded,
                    long pendingJobs, Long drainMillis, Long failedJobs, Long lastJobDoneMillisAfterLastSubmit) {}
