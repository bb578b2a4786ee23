package io.examday.portal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a browser may keep the portal's CSS and JavaScript without asking again ({@code maxAge}). Their URLs
 * carry a hash of their content, so a changed file is a new URL and the old one may be kept as long as this.
 */
@ConfigurationProperties("examday.static-resources")
record StaticResourceProperties(Duration maxAge) {
}
