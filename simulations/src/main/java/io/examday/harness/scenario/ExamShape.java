package io.examday.harness.scenario;

import java.time.Duration;

/**
 * The exam as candidates live it: its time limit, the think time per page, the autosave period (the page sends
 * the answer being worked on every period; an unchanged answer is written by nobody), revisions, and whether
 * everyone shares one close time or each candidate's deadline runs from their own start.
 */
public record ExamShape(
        Duration duration, ThinkTime thinkTime, Duration autosavePeriod, Revision revise, boolean sharedCloseTime) {}
