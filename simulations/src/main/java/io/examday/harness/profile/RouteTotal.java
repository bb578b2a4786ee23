package io.examday.harness.profile;

/** One route over the whole recording: requests, and CPU samples taken inside them. */
record RouteTotal(String route, long requests, long samples) {}
