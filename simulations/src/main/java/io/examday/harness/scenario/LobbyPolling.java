package io.examday.harness.scenario;

import java.time.Duration;

/** The lobby page asks for the exam's state every {@code pollPeriod} until the countdown ends. */
public record LobbyPolling(Duration pollPeriod) {}
