package io.examday.harness.scenario;

/** After each page, with this probability, the candidate goes back to an earlier page and changes its answer. */
public record Revision(double probability, ThinkTime thinkTime) {}
