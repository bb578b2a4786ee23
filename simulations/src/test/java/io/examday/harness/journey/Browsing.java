package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;

import io.examday.harness.endpoint.PageRoutes;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.scenario.Browser;
import io.gatling.javaapi.core.ChainBuilder;
import java.util.function.Supplier;

/**
 * The HTML pages a candidate's browser loads at the points a browser would, each followed by the CSS and JavaScript
 * it links; nothing when the scenario sends API calls only. The files are requests of their own, one after another,
 * not Gatling's {@code .resources(...)}: the recorder brackets each request it times, and it cannot see inside
 * {@code .resources(...)}, so Gatling and the recorder would no longer count the same requests.
 */
public final class Browsing {

    private final PageRoutes pages;
    private final Browser browser;

    Browsing(PageRoutes pages, Browser browser) {
        this.pages = pages;
        this.browser = browser;
    }

    ChainBuilder signInPage() {
        return load(pages::signIn);
    }

    ChainBuilder lobbyPage() {
        return load(pages::lobby);
    }

    ChainBuilder attemptPage() {
        return load(pages::attempt);
    }

    ChainBuilder resultPage() {
        return load(pages::result);
    }

    private ChainBuilder load(Supplier<ChainBuilder> page) {
        if (!browser.pages()) {
            return exec(s -> s);
        }
        return doIf(Sitting::carryingOn).then(exec(page.get()).doIf(Sitting::carryingOn).then(pages.linkedFiles()));
    }
}
