package io.examday.harness.profile;

/**
 * What a CPU sample outside any request was doing. The management port's actuator endpoints first (their server has
 * its own filter chain, without the portal's request event: the harness's Prometheus scrapes land here); anything
 * else by its thread's pool, numbers blanked, so "tomcat-handler-41" (Tomcat's virtual threads, around the filter
 * chain) or "lettuce-nioEventLoop-4-1" is one row with its siblings.
 */
final class OutsideWork {

    static final String ACTUATOR = "actuator endpoints on the management port (Prometheus scrapes, health checks)";

    private OutsideWork() {}

    static String of(StackSample sample, FrameNames frames) {
        for (int f : sample.frames()) {
            if (frames.name(f).startsWith("org.springframework.boot.actuate.")) {
                return ACTUATOR;
            }
        }
        return sample.threadName().isBlank() ? "(unnamed threads)" : sample.threadName().replaceAll("\\d+", "#");
    }
}
