package io.examday.portal.identity;


/** The signed-in person as kept in the Redis session: only identity, never attempt state. */
public record PortalUser(long id, String username, String displayName, Role role) {
}
