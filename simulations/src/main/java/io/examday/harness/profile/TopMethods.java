package io.examday.harness.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Methods ranked by CPU samples, by self and by total (inclusive) samples, and the portal's own methods by total:
 * the framework's frames fill the top of an inclusive ranking, and a developer looks for their own code.
 */
record TopMethods(List<MethodRow> bySelf, List<MethodRow> byTotal, List<MethodRow> ownByTotal, long samples) {

    static final String OWN_CODE = "io.examday.";


    static TopMethods of(List<StackSample> samples, FrameNames frames, int top) {
        int known = frames.size();
        long[] self = new long[known];
        long[] total = new long[known];
        // seenIn[f] is the last sample that counted frame f: a recursive method counts once per sample.
        int[] seenIn = new int[known];
        Arrays.fill(seenIn, -1);
        for (int i = 0; i < samples.size(); i++) {
            int[] stack = samples.get(i).frames();
            if (stack.length > 0) {
                self[stack[0]]++;
            }
            for (int f : stack) {
                if (seenIn[f] != i) {
                    seenIn[f] = i;
                    total[f]++;
                }
            }
        }
        List<MethodRow> rows = IntStream.range(0, known).filter(f -> total[f] > 0)
                .mapToObj(f -> new MethodRow(frames.name(f), self[f], total[f])).toList();
        return new TopMethods(ranked(rows, Comparator.comparingLong(MethodRow::self), top),
                ranked(rows, Comparator.comparingLong(MethodRow::total), top),
                ranked(rows.stream().filter(r -> r.method().startsWith(OWN_CODE)).toList(), Comparator.comparingLong(MethodRow::total), top),
                samples.size());
    }

    private static List<MethodRow> ranked(List<MethodRow> rows, Comparator<MethodRow> by, int top) {
        return rows.stream().sorted(by.reversed().thenComparing(MethodRow::method)).limit(top).toList();
    }
}
