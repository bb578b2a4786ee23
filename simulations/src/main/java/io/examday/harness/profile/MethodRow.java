package io.examday.harness.profile;

/** A method's CPU samples: {@code self} where it was the running frame, {@code total} where it was anywhere on the stack (once per sample). */
record MethodRow(String method, long self, long total) {}
