package io.examday.portal.proctor;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in client of the given role, for proctor-side tests. */
final class ProctorSession {

    private ProctorSession() {
    }

    static PortalClient signedIn(int port, Fixtures fixtures, Role role) {
        var client = new PortalClient(port);
        if (role == Role.CANDIDATE) {
            var candidate = fixtures.candidate();
            assertThat(client.signInWithCode(candidate.username(), candidate.admissionCode()).status()).isEqualTo(200);
        } else {
            var person = fixtures.person(role);
            assertThat(client.signInWithPassword(person.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
        }
        return client;
    }
}
