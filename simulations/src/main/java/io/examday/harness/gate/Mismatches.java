package io.examday.harness.gate;

import java.util.ArrayList;
import java.util.List;

/** Rows that should not be (acknowledged but not stored, left open): how many, and the first few by id for the note. */
final class Mismatches {

    static final int SHOWN = 5;

    private final List<String> first = new ArrayList<>();
    private long count;

    void add(String what) {
        if (first.size() < SHOWN) {
            first.add(what);
        }
        count++;
    }

    long count() {
        return count;
    }

    /** "3 lost: attempt 12 question 4: acknowledged revision 3, stored 2; …", or null when nothing was lost. */
    String note() {
        return count == 0 ? null : "%,d lost%s: %s".formatted(count, more(), String.join("; ", first));
    }

    /** The first few, joined, and how many of all those are: "attempt 12 …; attempt 15 … (first 5 by id)". */
    String listed() {
        return String.join("; ", first) + more();
    }

    private String more() {
        return count > first.size() ? " (first %d by id)".formatted(first.size()) : "";
    }
}
