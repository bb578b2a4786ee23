package io.examday.portal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How failed sign-ins are throttled ({@link SignInThrottle}).
 *
 * @param failuresPerUsernameAndAddress failures one username may have from one client address before further
 *                                      sign-ins of that username from that address are refused unchecked
 * @param failuresPerAddress            failures one client address may have, whatever the usernames, before every
 *                                      sign-in from it is refused unchecked
 * @param window                        a failure count is forgotten this long after its latest failure
 * @param firstBackoff                  how long sign-in is refused once a limit is reached; each further failure
 *                                      doubles it
 * @param maxBackoff                    the longest refusal
 * @param keyPrefix                     the Redis keys of the counts and refusals start with this
 */
@ConfigurationProperties("examday.sign-in.throttle")
record SignInThrottleProperties(int failuresPerUsernameAndAddress, int failuresPerAddress, Duration window,
                                Duration firstBackoff, Duration maxBackoff, String keyPrefix) {

    SignInThrottleProperties {
        if (failuresPerUsernameAndAddress < 1 || failuresPerAddress < 1) {
            throw new IllegalArgumentException("examday.sign-in.throttle: the failure limits must be at least 1");
        }
        if (window.toMillis() < 1 || firstBackoff.toMillis() < 1 || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("examday.sign-in.throttle: window and first-backoff must be positive, "
                    + "max-backoff at least first-backoff");
        }
    }
}
