package io.examday.portal.grading;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** The result mail: its sender, whether it is sent at all (load tests switch it off), and the SMTP time limit. */
@ConfigurationProperties("examday.mail")
record ResultMailProperties(String from, boolean enabled, Duration timeout) {
}
