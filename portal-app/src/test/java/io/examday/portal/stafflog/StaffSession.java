package io.examday.portal.stafflog;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** A member of staff signed in over HTTP, with who they are, so a test can check the staff log names them. */
public record StaffSession(Fixtures.Person person, PortalClient client) {

    public static StaffSession signedIn(int port, Fixtures fixtures, Role role) {
        var person = fixtures.person(role);
        var client = new PortalClient(port);
        assertThat(client.signInWithPassword(person.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
        return new StaffSession(person, client);
    }
}
