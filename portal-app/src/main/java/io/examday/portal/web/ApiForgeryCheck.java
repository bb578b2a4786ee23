package io.examday.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * The API's second defence against cross-site request forgery, behind the SameSite=Strict session cookie: a
 * state-changing API request must have a JSON body or the {@value #HEADER} header. A foreign page's form or
 * simple fetch can send neither (form, multipart and text/plain bodies only, no custom headers) without a CORS
 * preflight, which the portal never grants. The portal's own pages and clients send JSON or the header.
 */
public class ApiForgeryCheck extends OncePerRequestFilter {

    public static final String HEADER = "X-Examday-Request";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ProblemWriter problems;

    public ApiForgeryCheck(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATE_CHANGING.contains(request.getMethod()) || !ApiRequests.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HEADER);
        if ((header != null && !header.isBlank()) || json(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "csrf-header-required",
                "A request that changes something must send JSON (Content-Type: application/json) or the header "
                        + HEADER + ": 1. Nothing was done."));
    }

    private static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application")
                    && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
