package io.examday.harness.profile;

/** One allocation sample (jdk.ObjectAllocationSample): when, the allocating top frame, the object's class and the weight in bytes it stands for. */
record Allocation(long epochNanos, int topFrame, String objectClass, long weight) {}
