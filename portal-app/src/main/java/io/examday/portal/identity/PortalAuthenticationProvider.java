package io.examday.portal.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The sign-in form has one secret field: a candidate may type the admission code or the password.
 * The admission code is tried first because it is cheap to check.
 */
@Component
public class PortalAuthenticationProvider implements AuthenticationProvider {

    private final SignInService signIn;

    public PortalAuthenticationProvider(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String secret = String.valueOf(authentication.getCredentials());
        var user = secret.length() == AdmissionCode.LENGTH
                ? signIn.withAdmissionCode(username, secret).or(() -> signIn.withPassword(username, secret))
                : signIn.withPassword(username, secret);
        return user.map(PortalAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException("Unknown username or wrong password or admission code."));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
