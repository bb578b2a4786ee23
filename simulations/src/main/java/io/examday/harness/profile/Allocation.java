package io.examday.harness.profile;

/** One allocation sample (jdk.ObjectAllocationSample): the allocating top frame, the object's class and the weight in bytes it stands for. */
record Allocation(int topFrame, String objectClass, long weight) {}
