package io.examday.portal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** A session whose only change is its last-access time is written back once per {@code touchInterval}. */
@ConfigurationProperties("examday.session")
public record SessionStoreProperties(Duration touchInterval) {
}
