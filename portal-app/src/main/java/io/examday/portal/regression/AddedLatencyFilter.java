package io.examday.portal.regression;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** The "added latency" regression: sleeps on every API request (a virtual thread, so it costs no platform thread). */
@Component
@ConditionalOnExpression("'${examday.regression.added-latency:0ms}' != '0ms'")
class AddedLatencyFilter extends OncePerRequestFilter {

    private final RegressionProperties regression;

    AddedLatencyFilter(RegressionProperties regression) {
        this.regression = regression;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !regression.addsLatency() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            Thread.sleep(regression.addedLatency());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        chain.doFilter(request, response);
    }
}
