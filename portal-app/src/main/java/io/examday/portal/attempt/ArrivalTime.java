package io.examday.portal.attempt;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Instant;

/**
 * Stamps every request with the instant it arrived. Deadlines judge that instant, not the moment a busy server
 * got round to the request: a save queued for a database connection at the deadline still counts.
 */
class ArrivalTime extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "examday.arrivedAt";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, Instant.now());
        chain.doFilter(request, response);
    }
}
