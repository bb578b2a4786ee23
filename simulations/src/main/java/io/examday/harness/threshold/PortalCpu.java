package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The portal process's CPU as a share of all the machine's cores, strictly below. */
public record PortalCpu(
        @JsonProperty(required = true) Window window,
        @JsonProperty(required = true) Percent below) {}
