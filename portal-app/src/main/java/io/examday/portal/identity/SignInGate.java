package io.examday.portal.identity;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every sign-in, from the API or the sign-in form, passes here: refused without a look at its credentials while
 * {@link SignInThrottle} says so, otherwise checked, and a failure counted. A sign-in that is not refused costs
 * one Redis round trip before its check, and a failure or a success after failures one more after it.
 */
@Component
class SignInGate {

    private final SignInThrottle throttle;

    SignInGate(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * @param address      the client's address (behind a trusted proxy, the one it forwarded)
     * @param credentials  checks the credentials; run only when the sign-in is not refused
     * @throws SignInThrottled when too many sign-ins of this username from this address, or from this address, failed
     */
    Optional<PortalUser> signIn(String username, String address, Supplier<Optional<PortalUser>> credentials) {
        // Trimmed as SignInService looks the username up.
        String name = username == null ? "" : username.trim();
        var standing = throttle.standing(name, address);
        if (standing.refused()) {
            throw new SignInThrottled(standing.refusedFor());
        }
        var user = credentials.get();
        if (user.isEmpty()) {
            throttle.failed(name, address);
        } else if (standing.failedBefore()) {
            throttle.succeeded(name, address);
        }
        return user;
    }
}
