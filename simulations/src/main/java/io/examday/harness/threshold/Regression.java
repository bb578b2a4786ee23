package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The largest allowed slow-down of the global p95 against the scenario's stored baseline. */
public record Regression(@JsonProperty(required = true) Percent p95WorseAtMost) {}
