package io.examday.portal.ops.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Ports of the embedded PostgreSQL and Redis, started only when no server is configured. */
@ConfigurationProperties("examday.embedded")
record EmbeddedServicesProperties(int postgresPort, int redisPort, boolean ephemeral) {
}
