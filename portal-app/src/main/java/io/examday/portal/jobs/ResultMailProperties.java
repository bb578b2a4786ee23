package io.examday.portal.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** The result mail: its sender, whether it is sent at all (load tests switch it off), and the SMTP time limit. */
@ConfigurationProperties("examday.mail")
public record ResultMailProperties(String from, boolean enabled, Duration timeout) {
}
