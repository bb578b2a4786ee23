package io.examday.harness.scenario;

import java.time.Duration;

/**
 * Every session is lost {@code after} the open (as when the session store is flushed); each candidate notices at
 * their next request and signs in again within {@code window}, then carries on where they were.
 */
public record SessionLoss(Duration after, Duration window) {}
