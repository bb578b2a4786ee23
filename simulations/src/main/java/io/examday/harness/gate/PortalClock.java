package io.examday.harness.gate;

import io.examday.harness.run.Counters;
import io.examday.harness.sampling.PrometheusText;
import io.examday.harness.run.Run;
import io.examday.harness.run.Series;
import io.examday.harness.run.ServerHistory;
import io.examday.harness.run.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A response-time budget missed on the client's clock, read again on the portal's: the share of the route's
 * requests that took longer than the budget inside the portal itself ({@code http_server_requests_seconds} buckets,
 * timed from the request's arrival in the portal's filter chain, its admission wait included). The injector's
 * delays can only add to the client's times and never reach the portal's, so when more than 5 % of the window's
 * requests took longer than the budget in the portal alone, its p95 was over budget whatever the injector did: a
 * client-timed failure confirmed here is a failure, not a doubt.
 *
 * <p>The portal's buckets are the SLO bounds of application.yaml; the first bound at or above the budget is used,
 * so a share over it is a share over the budget too. Scrapes come every few seconds: the stretch is the scrapes
 * inside the window, a little shorter than it.
 */
final class PortalClock {

    static final String REQUESTS = "http_server_requests_seconds";
    /** Above this share over the budget, the p95 is over it. */
    private static final double OVER_P95 = 0.05;
    /** The sampler's own scrapes are requests to the portal, not candidates'. */
    private static final String ACTUATOR = "/actuator";

    private PortalClock() {}

    /**
     * Words saying the portal's own clock confirms the missed budget of {@code check} (a client-timed latency check
     * whose id ends in its route, or {@code latency.p95} for all requests), or empty when it does not or cannot.
     */
    static Optional<String> confirms(Run run, Check check, int minRequests) {
        if (check.limitValue() == null) {
            return Optional.empty();
        }
        double budgetSeconds = check.limitValue() / 1000.0;
        Predicate<Series> route = route(check.id());
        ServerHistory history = run.server();
        Optional<Double> bound = history.columns(s -> s.name().equals(REQUESTS + "_bucket") && s.label("le") != null)
                .stream().map(c -> PrometheusText.number(history.series(c).label("le")))
                .filter(le -> le >= budgetSeconds && Double.isFinite(le)).min(Double::compare);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        Span span = check.windowed() != null && check.windowed().worstFrom() != null
                ? Span.of(check.windowed().worstFrom(), check.windowed().worstTo())
                : run.span(check.window());
        List<Integer> rows = history.rowsWithin(span);
        if (rows.size() < 2) {
            return Optional.empty();
        }
        double requests = Counters.increase(history, rows,
                history.columns(s -> s.name().equals(REQUESTS + "_count") && route.test(s)));
        double within = Counters.increase(history, rows, history.columns(s -> s.name().equals(REQUESTS + "_bucket")
                && route.test(s) && s.label("le") != null && PrometheusText.number(s.label("le")) == bound.get()));
        if (requests < minRequests) {
            return Optional.empty();
        }
        double over = (requests - within) / requests;
        if (over <= OVER_P95) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "confirmed on the portal's own clock: %.1f %% of its %,.0f requests in that window took longer than %s"
                        + " inside the portal, so its p95 there was over budget whatever the injector added",
                100 * over, requests, Unit.MILLIS.format(bound.get() * 1000)));
    }

    /** The portal's series for the check's request name: {@code PUT /api/…} is method PUT, uri {@code /api/…}. */
    private static Predicate<Series> route(String checkId) {
        String prefix = "latency.p95.";
        if (!checkId.startsWith(prefix)) {
            return s -> s.label("uri") != null && !s.label("uri").startsWith(ACTUATOR);
        }
        String name = checkId.substring(prefix.length());
        int space = name.indexOf(' ');
        String method = name.substring(0, space);
        String uri = name.substring(space + 1);
        return s -> method.equals(s.label("method")) && uri.equals(s.label("uri"));
    }
}
