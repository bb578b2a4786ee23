package io.examday.harness.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code client/acknowledged.json}: what the portal confirmed to the clients with a 2xx. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Acknowledged(long starts, long answers, long submits) {}
