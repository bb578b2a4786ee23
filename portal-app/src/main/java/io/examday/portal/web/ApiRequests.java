package io.examday.portal.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request is for the API, judged by its path as the servlet container decoded and normalised it, which
 * is the path routing matches: {@code /%61pi/attempts/7} and {@code /api;x/attempts/7} reach the API's controllers,
 * so they get the API's limits and checks too. The raw request URI would let them pass as pages.
 */
final class ApiRequests {

    private static final String PREFIX = "/api/";

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith(PREFIX);
    }

    /** The decoded path within the application: no {@code %xx} escapes, no {@code ;} parameters, no dot segments. */
    static String path(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
