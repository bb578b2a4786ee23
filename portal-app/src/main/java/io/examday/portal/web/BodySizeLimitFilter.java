package io.examday.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Refuses oversized API bodies with 413 problem JSON, whether they announce their length or arrive chunked.
 * Nothing is parsed or saved from a refused request. Routes are told apart by the decoded path
 * ({@link ApiRequests}), so a percent-encoded {@code /%61pi/…} is limited like {@code /api/…}.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

    private static final Pattern IMPORT_ROUTES = Pattern.compile("^/api/(banks/[^/]+/questions/import|exams/[^/]+/enrolments|exams/[^/]+/questions|exams/[^/]+/candidates)$");

    private final WebProperties limits;
    private final ProblemWriter problems;

    BodySizeLimitFilter(WebProperties limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiRequests.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = IMPORT_ROUTES.matcher(ApiRequests.path(request)).matches()
                ? limits.maxImportBody().toBytes() : limits.maxJsonBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), response);
        } catch (BodyTooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                refuse(response, limit);
            }
        } catch (ServletException e) {
            if (e.getCause() instanceof BodyTooLarge && !response.isCommitted()) {
                response.reset();
                refuse(response, limit);
                return;
            }
            throw e;
        }
    }

    private void refuse(HttpServletResponse response, long limit) throws IOException {
        problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "The request body is larger than the " + limit + " bytes this route accepts."));
    }

    /** Thrown while reading past the limit; the API handler turns it into 413 even when a parser wrapped it. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body too large", null);
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
