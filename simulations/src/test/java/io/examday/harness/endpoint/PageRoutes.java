package io.examday.harness.endpoint;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.exec.Executable;
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
     * Every file the last page linked, one after another on the candidate's own connection. Gatling's HTTP cache
     * answers a file whose Cache-Control still holds without sending anything, and revalidates one that does not.
     */
    public ChainBuilder linkedFiles() {
        return foreach(PageRoutes::linked, FILE).on(
                doIf(Sitting::carryingOn).then(
                        doIfOrElse(s -> s.getString(FILE).startsWith("/css/")).then(file(STYLES)).orElse(file(SCRIPTS))))
                .exec(s -> s.remove(FILES));
    }

    /** A page must be the candidate's own HTML page (the marker), not a sign-in page they were sent to instead. */
    private ChainBuilder page(String route, Function<Session, String> url, Function<Session, String> marker) {
        return calls.of(route, calls.capture(http(route).get(url).header("Accept", HTML))
                .check(status().is(200),
                        substring(marker).exists(),
                        bodyString().transform(LinkedFiles::in).saveAs(FILES)));
    }

    private Executable file(String route) {
        return calls.of(route, calls.capture(http(route).get(s -> s.getString(FILE)).header("Accept", "*/*"))
                .check(status().in(200, 304)));
    }

    private static List<Object> linked(Session s) {
        return s.contains(FILES) ? List.copyOf(s.getList(FILES)) : List.of();
    }
}
