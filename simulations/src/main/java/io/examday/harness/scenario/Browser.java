package io.examday.harness.scenario;

/**
 * Whether candidates load the portal's HTML pages as a browser does, beside the API calls their pages make: the
 * sign-in page before signing in (again after a lost session), the lobby page before polling, the attempt page once
 * at the start and after a lost session, the result page before reading the result. Each page brings the CSS and
 * JavaScript it links; a browser fetches a file once and then serves it from its cache.
 *
 * <p>The request counts are the portal's pages as a browser first meets them, by its templates (a test holds them to
 * the templates): the sign-in page links portal.css and portal.js, the lobby adds lobby.js, the attempt page
 * attempt.js, the result page nothing new; a page seen again brings no file, its files already cached.
 */
public record Browser(boolean pages) {

    private static final int SIGN_IN_PAGE = 1 + 2;
    private static final int LOBBY_PAGE = 1 + 1;
    private static final int ATTEMPT_PAGE = 1 + 1;
    private static final int RESULT_PAGE = 1;
    private static final int PAGE_SEEN_AGAIN = 1;

    public static Browser apiOnly() {
        return new Browser(false);
    }

    /** Requests of the pages every candidate loads: sign-in, lobby and attempt page with their files. */
    int arrivalRequests() {
        return pages ? SIGN_IN_PAGE + LOBBY_PAGE + ATTEMPT_PAGE : 0;
    }

    /** Requests of the attempt page in the start storm, its file included. */
    int startRequests() {
        return pages ? ATTEMPT_PAGE : 0;
    }

    /** Requests of the result page a candidate loads before reading their result. */
    int resultRequests() {
        return pages ? RESULT_PAGE : 0;
    }

    /** Requests of the sign-in and attempt pages after a lost session, their files cached since the first visit. */
    int reSignInRequests() {
        return pages ? 2 * PAGE_SEEN_AGAIN : 0;
    }
}
