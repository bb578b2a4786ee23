package io.examday.portal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many requests work at once ({@code working}); the rest wait in line for up to {@code maxWait}, then get 503.
 */
@ConfigurationProperties("examday.admission")
public record AdmissionProperties(int working, Duration maxWait) {
}
