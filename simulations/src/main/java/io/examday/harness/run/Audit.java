package io.examday.harness.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code server/audit.json}: what the portal's database holds for the run's exams ({@code GET /api/ops/audit}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Audit(long attempts, long inProgress, long submitted, long autoSubmitted, long answers, long graded, long pendingJobs) {}
