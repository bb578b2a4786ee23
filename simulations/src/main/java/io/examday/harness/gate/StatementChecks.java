package io.examday.harness.gate;

import io.examday.harness.run.Run;
import io.examday.harness.run.ServerFigures;
import io.examday.harness.threshold.Statements;
import io.examday.harness.threshold.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL statements per request, over all routes and for every route that got traffic by itself: a route that runs an
 * N+1 for a few hundred requests of a storm is lost in the all-routes share of tens of thousands of cheap reads.
 *
 * <p>Every route is judged on its mean however few requests it had: statement counts are not noise, a route whose
 * requests average {@code meanBelow} or more is over budget. Its share target is eased on a route with fewer than
 * {@code 1 / (1 - shareAtLeast)} requests (100 at 99 %), to let one of them through: there the file's share would
 * allow none, which is stricter than the rule means.
 */
final class StatementChecks {

    private StatementChecks() {}

    static List<Check> checks(Run run, Statements rule) {
        Window window = rule.window();
        List<Integer> rows = run.serverRows(window);
        if (rows.size() < 2) {
            return unmeasured(rule, ServerChecks.tooFew(rows.size()));
        }
        Map<String, ServerFigures.Statements> byRoute = new ServerFigures(run.server()).statementsByRoute(rows, rule.fewerThan());
        ServerFigures.Statements all = byRoute.get(ServerFigures.ALL_ROUTES);
        if (all == null) {
            return unmeasured(rule, "the portal counted no requests in " + ServerFigures.STATEMENTS);
        }
        List<Check> checks = new ArrayList<>();
        checks.add(share(rule, "", "", all, rule.shareAtLeast().fraction(),
                "%,.0f requests counted by the portal".formatted(all.requests())));
        checks.add(mean(rule, "", "", all));
        byRoute.forEach((route, figures) -> {
            if (!route.equals(ServerFigures.ALL_ROUTES)) {
                checks.add(routeShare(rule, route, figures));
                checks.add(mean(rule, "." + route, ", " + route, figures));
            }
        });
        return checks;
    }

    /**
     * The SQL background jobs ran, per job kind, over the whole run: a figure of its own beside the per-request
     * budget, which does not apply to grading a whole attempt. A note; it judges nothing.
     */
    static List<Check> jobs(Run run) {
        List<Integer> rows = run.serverRows(Window.WHOLE_RUN);
        if (rows.size() < 2) {
            return List.of();
        }
        List<Check> checks = new ArrayList<>();
        new ServerFigures(run.server()).statementsByJob(rows).forEach((kind, job) -> checks.add(Check.note(
                "statements.jobs." + kind, "Mean SQL statements per background job, " + kind, Window.WHOLE_RUN, "figure",
                Unit.NUMBER.format(job.mean()), "%,.0f jobs run, %,.0f statements".formatted(job.jobs(), job.statements()))));
        return checks;
    }

    private static Check routeShare(Statements rule, String route, ServerFigures.Statements figures) {
        double heavy = figures.requests() - figures.fewerThanLimit();
        String counted = "%,.0f of %,.0f requests ran %d or more".formatted(heavy, figures.requests(), rule.fewerThan());
        double target = rule.shareAtLeast().fraction();
        double oneThrough = (figures.requests() - 1) / figures.requests();
        if (oneThrough < target) {
            return share(rule, "." + route, ", " + route, figures, oneThrough,
                    counted + "; target eased to let one through: the route had fewer than "
                            + Math.round(Math.ceil(1 / (1 - target))) + " requests");
        }
        return share(rule, "." + route, ", " + route, figures, target, counted);
    }

    private static Check share(Statements rule, String idSuffix, String nameSuffix, ServerFigures.Statements figures,
                               double target, String note) {
        return Check.judged("statements.share-under" + idSuffix, "Requests under " + rule.fewerThan() + " SQL statements" + nameSuffix,
                Role.THRESHOLD, rule.window(), Compare.AT_LEAST, Unit.SHARE, target, figures.shareUnder(), note);
    }

    private static Check mean(Statements rule, String idSuffix, String nameSuffix, ServerFigures.Statements figures) {
        return Check.judged("statements.mean" + idSuffix, "Mean SQL statements per request" + nameSuffix, Role.THRESHOLD,
                rule.window(), Compare.BELOW, Unit.NUMBER, rule.meanBelow(), figures.mean(), null);
    }

    private static List<Check> unmeasured(Statements rule, String why) {
        return List.of(
                Check.unmeasured("statements.share-under", "Requests under " + rule.fewerThan() + " SQL statements",
                        Role.THRESHOLD, rule.window(), "at least " + rule.shareAtLeast(), why),
                Check.unmeasured("statements.mean", "Mean SQL statements per request", Role.THRESHOLD, rule.window(),
                        "below " + Unit.NUMBER.format(rule.meanBelow()), why));
    }
}
