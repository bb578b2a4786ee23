package io.examday.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Hides the session from requests for CSS and JavaScript, so serving a file never reads the session from Redis.
 * Spring MVC looks for flash attributes in the session on every request its dispatcher serves, files included, and
 * asking for the requested session id reads it too: measured, a file with a session cookie cost two session reads.
 * Runs right after Spring Session's filter.
 */
final class SessionlessStaticResources extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !StaticResources.isFile(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                if (create) {
                    throw new IllegalStateException("a static resource has no session: " + request.getRequestURI());
                }
                return null;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            /** Spring Session reads the session to tell whether the id is valid; no id, no read. */
            @Override
            public String getRequestedSessionId() {
                return null;
            }

            @Override
            public boolean isRequestedSessionIdValid() {
                return false;
            }
        }, response);
    }
}
