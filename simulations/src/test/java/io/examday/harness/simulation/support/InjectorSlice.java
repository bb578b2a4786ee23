package io.examday.harness.simulation.support;

import io.examday.harness.run.InjectorRecording;
import java.nio.file.Path;

/**
 * Which part of the cohort this injector JVM plays when a run is split over several ({@code -Dinjector=i
 * -Dinjectors=n}): candidate {@code c} (from 1) belongs to injector {@code (c - 1) % n}, so every slice arrives
 * across the whole sign-in window at a share of its rate, as k6's interleaved execution segments do. Injector 0
 * leads: it checks and schedules the exams, rehearses, runs the proctors and authors, and writes run.json and the
 * audit; the others follow its schedule. One injector is the whole cohort and writes {@code client/} itself.
 */
public record InjectorSlice(int index, int count) {

    public static final InjectorSlice WHOLE = new InjectorSlice(0, 1);

    public InjectorSlice {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("injector " + index + " of " + count + ": need 0 <= injector < injectors");
        }
    }

    public boolean split() {
        return count > 1;
    }

    public boolean leads() {
        return index == 0;
    }

    public boolean plays(int candidate) {
        return (candidate - 1) % count == index;
    }

    /** Where this slice's {@code candidate} (one it plays) comes in its own order, from 0. */
    public int position(int candidate) {
        return (candidate - 1 - index) / count;
    }

    /** The n-th (from 0) candidate of this slice. */
    public int candidate(int n) {
        return index + 1 + n * count;
    }

    /** How many of the cohort's candidates {@code from} (inclusive) to {@code to} (exclusive), counted from 0, are this slice's. */
    public int within(int from, int to) {
        return Math.max(0, countBelow(to) - countBelow(from));
    }

    /** The first of this slice's candidates at or after {@code from} (counted from 0). */
    public int firstWithin(int from) {
        return from + Math.floorMod(index - from, count);
    }

    /** Of the candidates 0 .. below-1 (from 0), how many are this slice's. */
    private int countBelow(int below) {
        return below <= index ? 0 : (below - index - 1) / count + 1;
    }

    /** This injector's own folder in the run folder (only when split). */
    public Path folder(Path runDir) {
        return runDir.resolve(InjectorRecording.DIR).resolve(Integer.toString(index));
    }

    /** Where this injector's recorder writes: its own folder's {@code client/} when split, else the run's. */
    public Path clientFolder(Path runDir) {
        return split() ? folder(runDir).resolve("client") : runDir.resolve("client");
    }

    public String describe() {
        return split() ? "injector " + index + " of " + count : "one injector";
    }
}
