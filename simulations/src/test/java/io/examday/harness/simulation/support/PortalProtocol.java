package io.examday.harness.simulation.support;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.examday.harness.scenario.Connections;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;

/**
 * How virtual users talk to the portal: JSON, no redirects followed (the API never redirects; a redirect to a sign-in
 * page must fail, not pass), no warm-up request to anywhere, and connections as the scenario says.
 */
public final class PortalProtocol {

    private PortalProtocol() {}

    public static HttpProtocolBuilder of(URI target, Connections connections) {
        HttpProtocolBuilder protocol = http.baseUrl(target.toString())
                .acceptHeader("application/json")
                .userAgentHeader("examday-harness")
                .disableWarmUp()
                .disableFollowRedirect()
                .disableCaching();
        return connections.mode() == Connections.Mode.SHARED
                ? protocol.shareConnections().maxConnectionsPerHost(connections.pool())
                : protocol;
    }
}
