package io.examday.portal.exam;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long this process keeps its own copy of a cached exam (schedule, questions, key) before asking the shared
 * Redis cache again. An author's change on this instance is seen at once; on another instance within this time.
 */
@ConfigurationProperties("examday.catalog")
public record CatalogProperties(Duration localCopyTtl) {
}
