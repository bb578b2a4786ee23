package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What must be true once the exam is over, from the portal's own records of the run's exams: every attempt closed
 * (the deadline sweeper auto-submits what candidates left open), every closed attempt graded, and the job queue
 * (grading, PDFs, mail) empty. None of it fails a request, so without these a portal whose workers or sweeper
 * stopped would pass.
 *
 * @param settledWithin  how long after the load's end the simulation waits for the exam to settle before the audit;
 *                       the checks judge what the audit then finds
 * @param jobsDoneWithin every grading, PDF and mail job of the run done within this long of the last submit
 */
public record AfterTheExam(@JsonProperty(required = true) Millis settledWithin,
                           @JsonProperty(required = true) Millis jobsDoneWithin) {}
