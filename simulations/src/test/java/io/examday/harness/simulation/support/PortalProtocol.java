package io.examday.harness.simulation.support;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.examday.harness.endpoint.RecordedCall;
import io.examday.harness.scenario.Connections;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;

/**
 * How virtual users talk to the portal: JSON, no redirects followed (the API never redirects; a redirect to a sign-in
 * page must fail, not pass), no warm-up request to anywhere, and connections as the scenario says.
 *
 * <p>Gatling's per-user HTTP cache is off: it keys a file by the names of the cookies sent with it as well as by its
 * URL, which no browser does. With browser pages the journeys keep a browser's cache of the files themselves
 * ({@code endpoint.FileCache}); the API and the pages answer {@code no-store}, so only files are ever kept.
 *
 * <p>One connection per candidate: 10k-20k candidates each hold one, and a process here holds at most ~20,000
 * open files. Gatling would open up to {@code maxConnectionsPerHost} (6 by default, like a browser) per user to fetch
 * a page's {@code .resources(...)} concurrently, 60,000 sockets at 10k; the journeys fetch a page's files one after
 * another instead (PageRoutes), and the cap of 1 per user makes that budget a rule, not a habit.
 */
public final class PortalProtocol {

    private PortalProtocol() {}

    public static HttpProtocolBuilder of(URI target, Connections connections) {
        HttpProtocolBuilder protocol = http.baseUrl(target.toString())
                .acceptHeader("application/json")
                .userAgentHeader(RecordedCall.USER_AGENT)
                .disableWarmUp()
                .disableFollowRedirect()
                .disableCaching();
        return connections.mode() == Connections.Mode.SHARED
                ? protocol.shareConnections().maxConnectionsPerHost(connections.pool())
                : protocol.maxConnectionsPerHost(1);
    }
}
