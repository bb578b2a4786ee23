package io.examday.harness.profile;

/** One route in one minute (UTC, from {@code minuteStartMillis}): requests that ended in it, CPU samples taken in it inside them. */
record RouteMinute(String route, long minuteStartMillis, long requests, long samples) {}
