package io.examday.harness.profile;

/** CPU samples outside any request, by thread name with its numbers blanked (one row per pool, not per thread). */
record ThreadGroupRow(String threads, long samples) {}
