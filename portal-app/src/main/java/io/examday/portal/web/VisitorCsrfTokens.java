package io.examday.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a page form's CSRF token is kept. A visitor without a session (everyone on the sign-in page) keeps it in a
 * cookie of its own, and the form must post the same token (double submit): so opening the sign-in page creates no
 * session and writes nothing to Redis, and the sign-in after it starts a session instead of renaming one (a write, a
 * delete and a notice to the other instances). A foreign site can neither read the cookie nor, short of running on
 * a subdomain of the portal's, set it, so it cannot post the sign-in form with a matching token. Once a session
 * exists the token lives in it, as before, and the cookie's token is never accepted: every form of a signed-in
 * person stays bound to their session.
 */
final class VisitorCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    VisitorCsrfTokens() {
        cookies.setCookieName(COOKIE);
        // HttpOnly (the page renders the token into its form; no script needs it), Secure when the request is.
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            // Sign-in and sign-out drop the token wherever it is.
            sessions.saveToken(null, request, response);
            if (cookies.loadToken(request) != null) {
                cookies.saveToken(null, request, response);
            }
        } else if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? sessions.loadToken(request) : cookies.loadToken(request);
    }
}
