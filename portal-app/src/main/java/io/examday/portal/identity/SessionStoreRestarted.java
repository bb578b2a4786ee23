package io.examday.portal.identity;

/**
 * Redis, the store of sessions and of what else the portal keeps there (the proctors' live boards), was restarted
 * and may have come back without some keys, or with an older snapshot of them. Published once per restart seen.
 */
public record SessionStoreRestarted(String runId) {
}
