package io.examday.portal.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in form has one secret field: a candidate may type the admission code or the password.
 * The admission code is tried first because it is cheap to check. Throttled like the API ({@link SignInGate}).
 */
@Component
class PortalAuthenticationProvider implements AuthenticationProvider {

    private final SignInService signIn;
    private final SignInGate gate;

    PortalAuthenticationProvider(SignInService signIn, SignInGate gate) {
        this.signIn = signIn;
        this.gate = gate;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String secret = String.valueOf(authentication.getCredentials());
        var user = gate.signIn(username, clientAddress(authentication), () -> secret.length() == AdmissionCode.LENGTH
                ? signIn.withAdmissionCode(username, secret).or(() -> signIn.withPassword(username, secret))
                : signIn.withPassword(username, secret));
        return user.map(PortalAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException("Unknown username or wrong password or admission code."));
    }

    /** The form login filter records the request's address, which RemoteIpValve has set behind a proxy. */
    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        throw new InternalAuthenticationServiceException("A sign-in without the client's address cannot be throttled.");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
