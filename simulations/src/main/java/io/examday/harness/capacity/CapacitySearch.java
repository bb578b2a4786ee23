package io.examday.harness.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code capacity.json}: a search for the largest cohort of one scenario's shape that passes the gate. It steps up
 * through the planned sizes until one fails, then bisects between the last pass and the first fail. A step the gate
 * could not judge (INCONCLUSIVE) runs once more, as CI does; judged inconclusive twice, the search stops there.
 *
 * @param scenarioFile the scenario whose shape every step keeps (only {@code cohort.candidates} changes)
 * @param planned      the sizes to step through, ascending
 * @param steps        the steps run so far, in order
 */
public record CapacitySearch(String scenarioFile, String scenario, List<Integer> planned, List<CapacityStep> steps) {

    /** Bisection stops when the gap is at most this share of the last pass, or this many candidates. */
    static final double RESOLUTION = 0.10;
    static final int FINEST = 100;
    static final int MOST_BISECTIONS = 3;

    public CapacitySearch {
        planned = List.copyOf(planned);
        steps = List.copyOf(steps);
        for (int i = 1; i < planned.size(); i++) {
            if (planned.get(i) <= planned.get(i - 1)) {
                throw new IllegalArgumentException("steps must rise: " + planned);
            }
        }
        if (planned.isEmpty() || planned.getFirst() < 1) {
            throw new IllegalArgumentException("steps must be cohort sizes of at least 1: " + planned);
        }
    }

    public CapacitySearch with(CapacityStep step) {
        List<CapacityStep> more = new ArrayList<>(steps);
        more.add(step);
        return new CapacitySearch(scenarioFile, scenario, planned, more);
    }

    /** The next cohort size to run, or none when the search is over. */
    public OptionalInt next() {
        if (!steps.isEmpty()) {
            CapacityStep last = steps.getLast();
            if (CapacityStep.NOT_RUN.equals(last.verdict())) {
                return OptionalInt.empty();
            }
            if (CapacityStep.INCONCLUSIVE.equals(last.verdict())) {
                long tries = steps.stream().filter(s -> s.candidates() == last.candidates()).count();
                return tries < 2 ? OptionalInt.of(last.candidates()) : OptionalInt.empty();
            }
        }
        Optional<CapacityStep> pass = largestPassed();
        Optional<CapacityStep> fail = smallestFailed();
        int lo = pass.map(CapacityStep::candidates).orElse(0);
        if (fail.isEmpty()) {
            return planned.stream().mapToInt(Integer::intValue).filter(n -> n > lo).findFirst();
        }
        int hi = fail.get().candidates();
        long bisections = steps.stream().filter(s -> !planned.contains(s.candidates())).map(CapacityStep::candidates)
                .distinct().count();
        if (lo == 0 || hi - lo <= Math.max(FINEST, lo * RESOLUTION) || bisections >= MOST_BISECTIONS) {
            return OptionalInt.empty();
        }
        int mid = (int) Math.round((lo + hi) / 2.0 / FINEST) * FINEST;
        return mid > lo && mid < hi ? OptionalInt.of(mid) : OptionalInt.empty();
    }

    public Optional<CapacityStep> largestPassed() {
        return steps.stream().filter(CapacityStep::passed).max(Comparator.comparingInt(CapacityStep::candidates));
    }

    public Optional<CapacityStep> smallestFailed() {
        return steps.stream().filter(CapacityStep::failed).min(Comparator.comparingInt(CapacityStep::candidates));
    }

    /** The search's answer in one sentence. */
    public String result() {
        Optional<CapacityStep> pass = largestPassed();
        Optional<CapacityStep> fail = smallestFailed();
        String passed = pass.map(p -> String.format(Locale.ROOT, "The largest cohort that passed: %,d candidates (%s).",
                p.candidates(), p.runId())).orElse("No cohort passed.");
        String broke = fail.map(f -> String.format(Locale.ROOT, " The first to fail: %,d candidates, on %s (%s).",
                f.candidates(), f.firstBroken(), f.runId())).orElse(pass.isPresent() ? " Every planned step passed." : "");
        String stopped = steps.isEmpty() ? "" : switch (steps.getLast().verdict()) {
            case CapacityStep.INCONCLUSIVE -> String.format(Locale.ROOT,
                    " The search stopped at %,d candidates: the gate could not judge it twice (%s).",
                    steps.getLast().candidates(), steps.getLast().firstBroken());
            case CapacityStep.NOT_RUN -> String.format(Locale.ROOT,
                    " The search stopped at %,d candidates: the run could not happen.", steps.getLast().candidates());
            default -> "";
        };
        return passed + broke + stopped;
    }
}
