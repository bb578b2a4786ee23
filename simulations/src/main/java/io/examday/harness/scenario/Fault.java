package io.examday.harness.scenario;

import java.time.Duration;

/** One fault of a chaos run: what, and when after the first arrival. */
public record Fault(FaultKind kind, Duration at) {}
