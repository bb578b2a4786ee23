package io.examday.portal.telemetry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Optional telemetry. {@code statementTimings}: time every JDBC execution into a flight-recorder event (the
 * profile verb turns it on; off, no listener is installed).
 */
@ConfigurationProperties("examday.telemetry")
record TelemetryProperties(boolean statementTimings) {
}
