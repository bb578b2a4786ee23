package io.examday.portal.identity;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * A sign-in refused before its credentials were checked: too many recent failures of this username from this
 * address, or from this address. An {@link AuthenticationException}, so the sign-in form's failure handler gets it
 * as it is; the API answers it with 429.
 */
final class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-ins.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a sign-in is checked again, rounded up, at least 1 (a Retry-After value). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
