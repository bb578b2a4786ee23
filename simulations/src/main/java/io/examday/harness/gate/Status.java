package io.examday.harness.gate;

/** How one check came out. NOTE is information that judges nothing (no baseline yet, an endpoint not exercised). */
public enum Status { PASS, FAIL, INCONCLUSIVE, NOTE }
