package io.examday.harness.endpoint;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * The candidate's HTML pages and the CSS and JavaScript files they link. A page's files are read from the page
 * itself, as a browser does, so the harness fetches the content-versioned URLs the portal renders. A file is named by
 * the portal's route template for it ({@code GET /js/**}), whatever its version, so every file is judged under one
 * budget and lines up with the portal's own {@code uri="/js/**"} figures.
 */
public final class PageRoutes {

    public static final String SIGN_IN = "GET /login";
    public static final String LOBBY = "GET /exams/{examId}/lobby";
    public static final String ATTEMPT = "GET /attempts/{attemptId}";
    public static final String RESULT = "GET /attempts/{attemptId}/result";
    public static final String STYLES = "GET /css/**";
    public static final String SCRIPTS = "GET /js/**";

    private static final String FILES = "examday.linkedFiles";
    private static final String FILE = "examday.linkedFile";
    private static final String FILE_STATUS = "examday.linkedFileStatus";
    private static final String CACHE_CONTROL = "examday.linkedFileCacheControl";
    private static final String ETAG = "examday.linkedFileEtag";
    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private final RecordedCall calls;

    public PageRoutes(RecordedCall calls) {
        this.calls = calls;
    }

    public ChainBuilder signIn() {
        return page(SIGN_IN, s -> "/login", s -> "name=\"_csrf\"");
    }

    public ChainBuilder lobby() {
        return page(LOBBY, s -> "/exams/" + Sitting.examId(s) + "/lobby",
                s -> "data-exam-id=\"" + Sitting.examId(s) + "\"");
    }

    public ChainBuilder attempt() {
        return page(ATTEMPT, s -> "/attempts/" + Sitting.attemptId(s),
                s -> "data-attempt-id=\"" + Sitting.attemptId(s) + "\"");
    }

    public ChainBuilder result() {
        return page(RESULT, s -> "/attempts/" + Sitting.attemptId(s) + "/result", s -> "Your result");
    }

    /**
     * Every file the last page linked, one after another on the candidate's own connection. The candidate's
     * {@link FileCache} answers a file whose Cache-Control still holds without sending anything, and one it holds an
     * ETag for is revalidated.
     */
    public ChainBuilder linkedFiles() {
        return foreach(PageRoutes::linked, FILE).on(
                doIf(s -> Sitting.carryingOn(s) && !FileCache.fresh(s, s.getString(FILE), System.currentTimeMillis()))
                        .then(doIfOrElse(s -> s.getString(FILE).startsWith("/css/")).then(fetched(STYLES))
                                .orElse(fetched(SCRIPTS))))
                .exec(s -> s.remove(FILES));
    }

    /** The file fetched, conditionally when the cache holds its ETag, and the cache brought up to date. */
    private ChainBuilder fetched(String route) {
        return doIfOrElse(s -> FileCache.etag(s, s.getString(FILE)).isPresent())
                .then(file(route, true)).orElse(file(route, false))
                .doIf(s -> Sitting.carryingOn(s) && s.contains(FILE_STATUS)).then(exec(s -> FileCache.stored(s,
                        s.getString(FILE), s.getInt(FILE_STATUS), savedHeader(s, CACHE_CONTROL), savedHeader(s, ETAG),
                        System.currentTimeMillis())))
                .exec(s -> s.removeAll(FILE_STATUS, CACHE_CONTROL, ETAG));
    }

    /** A page must be the candidate's own HTML page (the marker), not a sign-in page they were sent to instead. */
    private ChainBuilder page(String route, Function<Session, String> url, Function<Session, String> marker) {
        return calls.of(route, calls.capture(http(route).get(url).header("Accept", HTML))
                .check(status().is(200),
                        substring(marker).exists(),
                        bodyString().transform(LinkedFiles::in).saveAs(FILES)));
    }

    private ChainBuilder file(String route, boolean revalidating) {
        HttpRequestActionBuilder request = http(route).get(s -> s.getString(FILE)).header("Accept", "*/*");
        if (revalidating) {
            request = request.header("If-None-Match", s -> FileCache.etag(s, s.getString(FILE)).orElseThrow());
        }
        return calls.of(route, calls.capture(request).check(status().in(200, 304), status().saveAs(FILE_STATUS),
                header("Cache-Control").optional().saveAs(CACHE_CONTROL), header("ETag").optional().saveAs(ETAG)));
    }

    private static String savedHeader(Session s, String attribute) {
        return s.contains(attribute) ? s.getString(attribute) : null;
    }

    private static List<Object> linked(Session s) {
        return s.contains(FILES) ? List.copyOf(s.getList(FILES)) : List.of();
    }
}
