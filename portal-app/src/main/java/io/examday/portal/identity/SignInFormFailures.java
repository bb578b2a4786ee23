package io.examday.portal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Sends a refused sign-in form back to the sign-in page, which says why: wrong credentials, or throttled and for
 * how long.
 */
@Component
class SignInFormFailures implements AuthenticationFailureHandler {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof SignInThrottled throttled) {
            redirects.sendRedirect(request, response, "/login?throttled=" + throttled.retryAfterSeconds());
        } else {
            // Not Spring's failure handler: it keeps the exception in the session, which the page never shows and
            // the stored session has no field for.
            redirects.sendRedirect(request, response, "/login?error");
        }
    }
}
