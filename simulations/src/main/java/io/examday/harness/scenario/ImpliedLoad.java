package io.examday.harness.scenario;

import java.time.Duration;

/**
 * What a scenario's shape implies, computed from its (compressed) numbers the way the journeys behave. These are
 * expectations, not measurements: they assume the portal answers in next to no time and that a result is graded
 * by the candidate's first look at it. The judge compares the measured run with them (a run that did not deliver
 * the load it claims is inconclusive).
 *
 * @param peakConcurrentCandidates candidates in the exam at once
 * @param requests every request of the run, staff included
 * @param middleRequestsPerSecond the calm middle of the exam, with the whole cohort answering
 * @param startStormRequestsPerSecond starts plus first pages (and, with browser pages, the attempt page and its
 *                                    script) while the punctual candidates press Start
 * @param submitStormRequestsPerSecond final saves plus submits while the deadline riders finish
 * @param reSignInRequestsPerSecond a login storm's re-sign-ins (sign-in, exam list, attempt, page, and with browser
 *                                  pages the sign-in and attempt pages); 0 without one
 */
public record ImpliedLoad(
        int peakConcurrentCandidates,
        long requests,
        double middleRequestsPerSecond,
        double startStormRequestsPerSecond,
        double submitStormRequestsPerSecond,
        double reSignInRequestsPerSecond) {

    /** A candidate's requests while answering: page read and navigation save per page, plus revisits. */
    private static final int REQUESTS_PER_PAGE = 2;
    private static final int REQUESTS_PER_REVISION = 2;
    private static final int REQUESTS_PER_RE_SIGN_IN = 4;

    static ImpliedLoad of(Scenario s, Timetable plan) {
        int n = s.cohort().candidates();
        int pages = s.cohort().questionsPerExam();
        double revise = s.exam().revise().probability();
        double pageSeconds = s.exam().thinkTime().meanSeconds();
        double reviseSeconds = s.exam().revise().thinkTime().meanSeconds();
        double autosave = seconds(s.exam().autosavePeriod());
        double limit = seconds(s.exam().duration()) - seconds(SubmitPlan.LAST_SECOND);

        double perCandidateRate = (REQUESTS_PER_PAGE + REQUESTS_PER_REVISION * revise)
                / (pageSeconds + revise * reviseSeconds) + 1 / autosave;
        double middle = n * perCandidateRate + staffRate(s);

        int punctual = s.signIn().punctual(n);
        double startSpread = Math.max(1, s.start().reaction().spanSeconds());
        double start = (2 + s.browser().startRequests()) * punctual / startSpread;

        double riders = n * s.submit().riderFraction();
        double submitSpread = Math.max(1, s.exam().sharedCloseTime()
                ? seconds(s.submit().deadlineWindow())
                : Math.max(seconds(s.submit().deadlineWindow()), s.start().reaction().spanSeconds()));
        double submit = 2 * riders / submitSpread;

        double reSignIn = s.sessionLoss()
                .map(loss -> (REQUESTS_PER_RE_SIGN_IN + s.browser().reSignInRequests()) * n
                        / Math.max(1, Math.max(seconds(loss.window()), autosave)))
                .orElse(0.0);

        int peak = plan.holdsEveryoneAtOnce() ? n : punctual;
        return new ImpliedLoad(peak, Math.round(requests(s, plan, pages, revise, pageSeconds, reviseSeconds, autosave,
                limit)), middle, start, submit, reSignIn);
    }

    private static double requests(Scenario s, Timetable plan, int pages, double revise, double pageSeconds,
            double reviseSeconds, double autosave, double limit) {
        int n = s.cohort().candidates();
        SignInWindow signIn = s.signIn();
        double poll = seconds(s.lobby().pollPeriod());
        double window = seconds(signIn.window());
        // Punctual arrivals wait for the open: the early ones on average two thirds of the window, the bunched a sixth.
        double lobby = signIn.early(n) * lobbyPolls(window * 2 / 3, poll)
                + signIn.bunched(n) * lobbyPolls(window / 6, poll)
                + signIn.late(n);
        double signInAndStart = 3.0 * n; // sign-in, exam list, start

        double throughAll = pages * (pageSeconds) + revise * (pages - 1) * reviseSeconds;
        double cut = Math.min(1, limit / throughAll); // share of the pages the time limit lets them reach
        double allPages = cut * (REQUESTS_PER_PAGE * pages + REQUESTS_PER_REVISION * revise * (pages - 1));
        double earlyTime = Math.min(throughAll, limit);
        double riderTime = limit - seconds(s.submit().deadlineWindow()) / 2;
        // A vanishing candidate stops at their page, or earlier when the time limit cuts the exam short.
        double vanishPages = Math.min(Vanishing.meanPage(pages), cut * pages);
        double vanishTime = Math.min(limit, vanishPages * pageSeconds + revise * (vanishPages - 1) * reviseSeconds);

        double early = n * s.submit().earlyFraction();
        double riders = n * s.submit().riderFraction();
        double vanishers = n * s.submit().vanishFraction();
        double answering = early * (allPages + autosaves(earlyTime, autosave) + 1)
                + riders * (allPages + autosaves(riderTime, autosave) + 2)
                + vanishers * (REQUESTS_PER_PAGE * vanishPages + REQUESTS_PER_REVISION * revise * (vanishPages - 1)
                        + autosaves(vanishTime, autosave));

        ResultReading results = s.results();
        Browser browser = s.browser();
        double reading = (early + riders) * results.fraction() * (1 + results.pdfFraction() + browser.resultRequests());
        double reSignIn = s.sessionLoss().isPresent() ? (REQUESTS_PER_RE_SIGN_IN + browser.reSignInRequests()) * n : 0;
        double browserPages = (double) browser.arrivalRequests() * n;
        return lobby + signInAndStart + answering + reading + reSignIn + browserPages + staffRequests(s, plan);
    }

    /**
     * The autosave clock fires each period while the candidate still thinks, so {@code time} of thinking gives the
     * whole periods in it: half a period fewer than {@code time / period} on average, as thinking ends at any phase
     * of the clock.
     */
    private static double autosaves(double time, double period) {
        return Math.max(0, time / period - 0.5);
    }

    /** Sign-in polls once on arrival, then every period until the last stretch, which the countdown waits out. */
    private static double lobbyPolls(double wait, double poll) {
        return 1 + Math.max(0, wait / poll - 0.5);
    }

    private static double staffRate(Scenario s) {
        return s.proctors().count() * s.cohort().exams() / seconds(s.proctors().period())
                + s.authors().count() * 2.0 / seconds(s.authors().period());
    }

    /** Proctors watch every exam's live view from the open to the last deadline; authors browse until then. */
    private static double staffRequests(Scenario s, Timetable plan) {
        double watching = seconds(plan.lastDeadline().minus(plan.open()));
        double proctors = s.proctors().count()
                * (1 + s.cohort().exams() * Math.ceil(watching / seconds(s.proctors().period())));
        double authors = s.authors().count()
                * (1 + 2 * Math.ceil(seconds(plan.lastDeadline()) / seconds(s.authors().period())) + s.cohort().exams());
        return proctors + authors;
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
