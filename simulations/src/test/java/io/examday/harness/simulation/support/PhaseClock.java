package io.examday.harness.simulation.support;

import io.examday.harness.journey.RunEvents;
import io.examday.harness.scenario.Timetable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The phases of an exam day ({@code sign-in}, {@code start}, {@code exam}, {@code submit-storm}, {@code results}),
 * planned from the timetable once the exams are scheduled, and then placed where the candidates really passed from
 * one to the next. Full load runs from the last start to the first submit: from then on the cohort thins out.
 */
public final class PhaseClock {

    public record Phase(String name, Instant from, Instant to) {}

    public record Window(Instant from, Instant to) {}

    private final Instant startedAt;
    private final Instant opensAt;
    private final Instant lastPunctualStart;
    private final Instant lastStart;
    private final Instant earliestSubmit;
    private final Instant submitStorm;
    private final Instant lastDeadline;

    /** @param injectionStart the first arrival, from which {@code plan}'s offsets count */
    public PhaseClock(Instant injectionStart, Timetable plan) {
        this.startedAt = injectionStart;
        this.opensAt = injectionStart.plus(plan.open());
        this.lastPunctualStart = injectionStart.plus(plan.lastPunctualStart());
        this.lastStart = injectionStart.plus(plan.lastStart());
        this.earliestSubmit = injectionStart.plus(plan.earliestSubmit());
        this.submitStorm = injectionStart.plus(plan.submitStorm());
        this.lastDeadline = injectionStart.plus(plan.lastDeadline());
    }

    /** The phase the plan says we are in, for the progress line. */
    public String now() {
        Instant now = Instant.now();
        if (now.isBefore(opensAt)) {
            return "sign-in";
        }
        if (now.isBefore(lastPunctualStart)) {
            return "start";
        }
        if (now.isBefore(submitStorm)) {
            return "exam";
        }
        return now.isBefore(lastDeadline) ? "submit-storm" : "results";
    }

    public List<Phase> planned(Instant end) {
        return phases(lastPunctualStart, submitStorm, lastDeadline, end);
    }

    public Window plannedFullLoad() {
        return new Window(lastStart, earliestSubmit);
    }

    /** The phases as the run lived them; where an event never happened (a failed run), the plan stands in. */
    public List<Phase> real(RunEvents events, Instant end) {
        Instant stormFrom = events.firstRiderSubmit().or(events::firstSubmit).orElse(submitStorm);
        return phases(events.lastPunctualStart().orElse(lastPunctualStart), stormFrom,
                events.lastSubmit().orElse(lastDeadline), end);
    }

    /** From the last start to the first submit; empty when the run never had everyone in at once. */
    public Optional<Window> realFullLoad(RunEvents events) {
        Optional<Instant> from = events.lastStart();
        Optional<Instant> to = events.firstSubmit();
        return from.isPresent() && to.isPresent() && from.get().isBefore(to.get())
                ? Optional.of(new Window(from.get(), to.get()))
                : Optional.empty();
    }

    private List<Phase> phases(Instant startEnd, Instant stormFrom, Instant stormEnd, Instant end) {
        Instant signInEnd = later(startedAt, opensAt);
        Instant startTo = later(signInEnd, startEnd);
        Instant examTo = later(startTo, stormFrom);
        Instant stormTo = later(examTo, stormEnd);
        return List.of(
                new Phase("sign-in", startedAt, signInEnd),
                new Phase("start", signInEnd, startTo),
                new Phase("exam", startTo, examTo),
                new Phase("submit-storm", examTo, stormTo),
                new Phase("results", stormTo, later(stormTo, end)));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
