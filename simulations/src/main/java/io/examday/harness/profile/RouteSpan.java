package io.examday.harness.profile;

/** One request as the portal recorded it (io.examday.RouteServed): its thread and span, and "METHOD /route/{template}". */
record RouteSpan(long threadId, long startNanos, long endNanos, String route) {

    boolean holds(long epochNanos) {
        return startNanos <= epochNanos && epochNanos <= endNanos;
    }
}
