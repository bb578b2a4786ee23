package io.examday.portal.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** A signed-in PortalUser, as stored in the session's security context. */
public final class PortalAuthentication extends AbstractAuthenticationToken {

    private final PortalUser user;

    public PortalAuthentication(PortalUser user) {
        super(List.of(new SimpleGrantedAuthority(user.role().authority())));
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public PortalUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
