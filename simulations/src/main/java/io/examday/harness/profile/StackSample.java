package io.examday.harness.profile;

/**
 * One CPU sample (jdk.ExecutionSample): when, on which thread, and its stack as frame ids, leaf first.
 * {@code truncated} when the stack was deeper than the recording's stack depth and lost its root-side frames.
 */
record StackSample(long epochNanos, long threadId, String threadName, int[] frames, boolean truncated) {}
