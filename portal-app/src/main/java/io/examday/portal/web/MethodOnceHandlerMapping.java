package io.examday.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's lookup of the controller method for a request, with the request's method and parsed path read once per
 * lookup instead of once per mapping. A path with a variable in it (every exam and attempt route) is checked against
 * every mapping of the portal, and each check asks the request for its method twice and for its parsed path once,
 * each time through the filter chain's request wrappers, a dozen deep. Under wrk on the lobby API that lookup took
 * 24 % of the request's CPU (flight recording, 2026-12-06). What is matched, and how, stays Spring's.
 */
final class MethodOnceHandlerMapping extends RequestMappingHandlerMapping {

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(lookupPath, new ReadOnce(request));
    }

    /** The request for the length of one lookup: its method and parsed path kept; all else passed through. */
    private static final class ReadOnce extends HttpServletRequestWrapper {

        private final String method;
        private Object parsedPath;

        ReadOnce(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
            this.parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public Object getAttribute(String name) {
            return ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name) ? parsedPath : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            super.setAttribute(name, value);
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                parsedPath = value;
            }
        }

        @Override
        public void removeAttribute(String name) {
            super.removeAttribute(name);
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                parsedPath = null;
            }
        }
    }
}
