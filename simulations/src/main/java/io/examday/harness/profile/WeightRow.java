package io.examday.harness.profile;

/** Bytes allocated, as the allocation samples' weights estimate them, under one name (a method or a class). */
record WeightRow(String name, long bytes) {}
