package io.examday.portal.telemetry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;

/** Wraps every request in a {@link RouteServed} flight-recorder event, for CPU per request per route. */
class RouteServedFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RouteServed event = new RouteServed();
        event.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            event.end();
            // Without a recording that enables the event this is false, and nothing more is done.
            if (event.shouldCommit()) {
                Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                event.method = request.getMethod();
                event.route = route == null ? "UNKNOWN" : route.toString();
                event.commit();
            }
        }
    }
}
